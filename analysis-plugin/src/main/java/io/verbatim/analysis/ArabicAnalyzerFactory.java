package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Arabic: standard tokens, normalised, article and particles removed. */
@NamedComponent("verbatim_ar")
public class ArabicAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.standard(AnalysisChains::arabicChain);
    }
}
