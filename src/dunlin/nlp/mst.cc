// Chu-Liu/Edmonds maximum spanning arborescence: pick every node's best incoming arc; while that leaves a cycle,
// contract the cycle into one node (arcs into it rescored by what they displace), solve the smaller graph, and
// expand. O(n^3) on a dense matrix, which is small for sentences (the arcs of a few parsers).
#include "dunlin/nlp/mst.h"

#include <limits>

namespace dunlin::nlp {
namespace {

constexpr double kNoArc = -std::numeric_limits<double>::infinity();

// A dense score matrix over m nodes: s[h * m + d] is the weight of h -> d (kNoArc when absent). Node 0 is the root.
// Returns heads (heads[0] = -1), or an empty vector when some node cannot be reached.
std::vector<int> chu_liu_edmonds(int m, const std::vector<double>& s) {
  std::vector<int> best(m, -1);
  for (int d = 1; d < m; ++d) {
    double w = kNoArc;
    for (int h = 0; h < m; ++h)
      if (h != d && s[h * m + d] > w) w = s[h * m + d], best[d] = h;
    if (best[d] < 0) return {};
  }
  // Find a cycle among the best incoming arcs.
  std::vector<int> color(m, 0);  // 0 = unvisited, 1 = on the current walk, 2 = done
  std::vector<int> cycle;
  for (int start = 1; start < m && cycle.empty(); ++start) {
    int v = start;
    while (v > 0 && color[v] == 0) color[v] = 1, v = best[v];
    if (v > 0 && color[v] == 1) {  // the walk came back to itself: v is on a cycle
      int u = v;
      do cycle.push_back(u), u = best[u];
      while (u != v);
    }
    for (v = start; v > 0 && color[v] == 1; v = best[v]) color[v] = 2;
  }
  if (cycle.empty()) return best;

  // Contract the cycle into node c of a graph whose other nodes keep their order.
  std::vector<char> in_cycle(m, 0);
  double cycle_weight = 0;
  for (const int v : cycle) in_cycle[v] = 1, cycle_weight += s[best[v] * m + v];
  std::vector<int> id(m, -1), node_of;  // old -> new index, new -> old (c maps to -1)
  for (int v = 0; v < m; ++v)
    if (!in_cycle[v]) id[v] = static_cast<int>(node_of.size()), node_of.push_back(v);
  const int c = static_cast<int>(node_of.size());
  const int m2 = c + 1;
  std::vector<double> s2(static_cast<size_t>(m2) * m2, kNoArc);
  std::vector<int> enter(m2, -1), leave(m2, -1);  // the cycle node an arc u -> c enters / an arc c -> v leaves from
  for (int h = 0; h < m; ++h)
    for (int d = 1; d < m; ++d) {
      const double w = s[h * m + d];
      if (h == d || w == kNoArc) continue;
      if (!in_cycle[h] && !in_cycle[d]) {
        s2[id[h] * m2 + id[d]] = w;
      } else if (!in_cycle[h] && in_cycle[d]) {  // entering: replaces best[d]'s arc
        const double w2 = w - s[best[d] * m + d] + cycle_weight;
        if (w2 > s2[id[h] * m2 + c]) s2[id[h] * m2 + c] = w2, enter[id[h]] = d;
      } else if (in_cycle[h] && !in_cycle[d]) {
        if (w > s2[c * m2 + id[d]]) s2[c * m2 + id[d]] = w, leave[id[d]] = h;
      }
    }
  const std::vector<int> sub = chu_liu_edmonds(m2, s2);
  if (sub.empty()) return {};
  // Expand: the cycle keeps its arcs except where the chosen entering arc breaks it.
  std::vector<int> heads(m, -1);
  for (const int v : cycle) heads[v] = best[v];
  for (int d2 = 1; d2 < m2; ++d2) {
    const int h2 = sub[d2];
    const int h = h2 == c ? -1 : node_of[h2];
    if (d2 == c) {
      heads[enter[h2]] = h;
    } else {
      heads[node_of[d2]] = h2 == c ? leave[d2] : h;
    }
  }
  return heads;
}

double tree_weight(int m, const std::vector<double>& s, const std::vector<int>& heads) {
  double w = 0;
  for (int d = 1; d < m; ++d) w += s[heads[d] * m + d];
  return w;
}

}  // namespace

std::vector<int> maximum_spanning_tree(int n, std::span<const WeightedArc> arcs, bool single_root) {
  if (n <= 0) return {-1};
  const int m = n + 1;
  std::vector<double> s(static_cast<size_t>(m) * m, kNoArc);
  for (const WeightedArc& a : arcs) {
    if (a.head < 0 || a.head > n || a.dep < 1 || a.dep > n || a.head == a.dep) continue;
    double& w = s[a.head * m + a.dep];
    w = w == kNoArc ? a.weight : w + a.weight;
  }
  std::vector<int> heads = chu_liu_edmonds(m, s);
  if (heads.empty() || !single_root) return heads;
  int root_children = 0;
  for (int d = 1; d < m; ++d) root_children += heads[d] == 0;
  if (root_children == 1) return heads;
  // Several words on the root: the best tree with each candidate root word alone (Gabow & Tarjan's constraint by
  // enumeration; the candidates are few, the roots the parsers proposed).
  std::vector<int> best_heads;
  double best_weight = kNoArc;
  for (int r = 1; r < m; ++r) {
    if (s[r] == kNoArc) continue;  // s[0 * m + r]
    std::vector<double> s1 = s;
    for (int d = 1; d < m; ++d)
      if (d != r) s1[d] = kNoArc;
    std::vector<int> h = chu_liu_edmonds(m, s1);
    if (h.empty()) continue;
    const double w = tree_weight(m, s1, h);
    if (best_heads.empty() || w > best_weight) best_weight = w, best_heads = std::move(h);
  }
  return best_heads;
}

}  // namespace dunlin::nlp
