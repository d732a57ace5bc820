package io.verbatim.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** ICU's word segmentation: Chinese by its dictionary, other scripts by UAX#29 as the standard tokenizer does. */
@NamedComponent("verbatim_icu_tokenizer")
public class IcuTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new ICUTokenizer();
    }
}
