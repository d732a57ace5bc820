package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Any language: standard tokens, case and accents folded (speaker names, titles). */
@NamedComponent("verbatim_folded")
public class FoldedAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.standard(AnalysisChains::folding);
    }
}
