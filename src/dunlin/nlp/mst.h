// Maximum spanning arborescence (Chu-Liu/Edmonds) over weighted candidate arcs, for combining the trees of several
// parsers by reparsing (Sagae & Lavie 2006): every parser's arcs are weighted votes, and the best-scoring tree over
// them is the combined parse.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace dunlin::nlp {

struct WeightedArc {
  int head;  // 0 = the root
  int dep;   // 1..n
  double weight;
};

// The maximum-weight dependency tree over words 1..n (node 0 is the root) using only the given arcs; returns
// heads[1..n] (heads[0] = -1). Duplicate arcs add up. With single_root, exactly one word hangs from the root (the
// best such tree: one Chu-Liu/Edmonds run per candidate root word). Returns an empty vector when the arcs do not
// span the words (some word has no candidate head, or no tree exists).
std::vector<int> maximum_spanning_tree(int n, std::span<const WeightedArc> arcs, bool single_root = true);

}  // namespace dunlin::nlp
