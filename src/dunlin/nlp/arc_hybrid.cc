#include "dunlin/nlp/arc_hybrid.h"

#include <limits>

namespace dunlin::nlp::arc_hybrid {

void oracle_costs(const Config& c, const Transitions& t, int root_label, const std::vector<int>& gh,
                  const std::vector<int>& gl, const std::vector<uint8_t>& in_stack, std::vector<int>& cost) {
  const int nclasses = t.count();
  cost.assign(nclasses, std::numeric_limits<int>::max());
  const int s0 = c.s(0), s1 = c.s(1), b = c.b;
  // SHIFT: b loses its dependents on the stack and its head on the stack below s0.
  if (c.valid(0, t, root_label)) {
    int k = 0;
    for (int d : c.stack)
      if (d > 0 && gh[d] == b) ++k;
    if (gh[b] != s0 && gh[b] >= 0 && (gh[b] == 0 || in_stack[gh[b]])) ++k;
    cost[0] = k;
  }
  if (s0 > 0) {
    int deps_in_buffer = 0;  // s0's dependents still in the buffer are lost either way
    for (int d = b; d <= c.n; ++d)
      if (gh[d] == s0) ++deps_in_buffer;
    const bool head_in_rest = gh[s0] > b;  // head in the buffer after b
    // LEFT: s0 <- b.
    if (b <= c.n) {
      const int base = deps_in_buffer + ((gh[s0] == s1 || head_in_rest) ? 1 : 0);
      for (int l = 0; l < t.num_labels; ++l) {
        const int cl = 1 + l;
        if (!c.valid(cl, t, root_label)) continue;
        cost[cl] = base + (gh[s0] == b && gl[s0] != l ? 1 : 0);
      }
    }
    // RIGHT: s1 -> s0.
    const int base = deps_in_buffer + (gh[s0] >= b ? 1 : 0);
    for (int l = 0; l < t.num_labels; ++l) {
      const int cl = 1 + t.num_labels + l;
      if (!c.valid(cl, t, root_label)) continue;
      cost[cl] = base + (gh[s0] == s1 && gl[s0] != l ? 1 : 0);
    }
  }
}

}  // namespace dunlin::nlp::arc_hybrid
