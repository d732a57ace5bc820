package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** French: standard tokens, folded, elision removed, light stemming. */
@NamedComponent("verbatim_fr")
public class FrenchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.standard(AnalysisChains::french);
    }
}
