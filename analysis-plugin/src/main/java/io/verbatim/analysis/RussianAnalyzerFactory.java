package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Russian: standard tokens, lower case, ё as е, light stemming. */
@NamedComponent("verbatim_ru")
public class RussianAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.standard(AnalysisChains::russian);
    }
}
