package org.guidepost.search;

/** One indexed term as exported: its shard key (folded term) and its encoded postings and positions. */
record TermPostings(String term, String shardKey, String postings, String positions) {
}
