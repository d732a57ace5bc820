package io.verbatim.bench;

import java.util.List;
import java.util.Map;

/**
 * nDCG@10 (gain 2^grade - 1, ideal order from the judgments) and recall@100. A query with nothing relevant scores
 * 1 on both when it returns nothing and 0 when it returns anything: a search that finds nothing should say so.
 */
final class RankingMetrics {

    static final int NDCG_DEPTH = 10;
    static final int RECALL_DEPTH = 100;

    private RankingMetrics() {
    }

    static double ndcgAt10(List<String> ranked, Map<String, Integer> relevant) {
        if (relevant.isEmpty()) {
            return ranked.isEmpty() ? 1 : 0;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(NDCG_DEPTH, ranked.size()); i++) {
            dcg += gain(relevant.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(NDCG_DEPTH, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return dcg / idcg;
    }

    static double recallAt100(List<String> ranked, Map<String, Integer> relevant) {
        if (relevant.isEmpty()) {
            return ranked.isEmpty() ? 1 : 0;
        }
        long found = ranked.stream().limit(RECALL_DEPTH).filter(relevant::containsKey).count();
        return (double) found / relevant.size();
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
