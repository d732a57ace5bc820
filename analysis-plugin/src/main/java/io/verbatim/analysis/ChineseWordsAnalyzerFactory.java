package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Chinese words by ICU's dictionary, folded (full-width Latin and digits to ASCII). */
@NamedComponent("verbatim_zh")
public class ChineseWordsAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.icu(AnalysisChains::folding);
    }
}
