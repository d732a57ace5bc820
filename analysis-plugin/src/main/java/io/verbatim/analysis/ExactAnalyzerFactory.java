package io.verbatim.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Words as printed, only lower-cased: the field of exact phrases. */
@NamedComponent("verbatim_exact")
public class ExactAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChainAnalyzer.standard(org.apache.lucene.analysis.LowerCaseFilter::new);
    }
}
