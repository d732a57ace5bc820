package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Chinese as overlapping character bigrams: the recall field beside the words. */
@NamedComponent("verbatim_zh_bigram")
public class ChineseBigramAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.standard(stream -> AnalysisChains.cjkBigrams(AnalysisChains.folding(stream)));
    }
}
