// The NER window network: table ids, forward pass, training (AdaGrad, dropout), model IO.
#include "dunlin/nlp/ner_network.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/network_math.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::nlp {
namespace {

constexpr uint32_t kNerNetworkVersion = 1;
constexpr int kPadding = 0, kUnknown = 1;  // reserved word ids (padding is id 0 in every table)
constexpr int kShapeClasses = 8;           // shape_class() values 1..8
constexpr int kSentenceCases = 5;          // sentence_case() values 0..4
constexpr int kShapeIds = 1 + kShapeClasses * 2 * kSentenceCases;
constexpr int kTagIds = 2 + 18;  // padding, no tags, then the 17 UPOS (and one spare)
constexpr int kSuffixBuckets = 4096;
constexpr int kSuffixIds = 1 + kSuffixBuckets;
constexpr int kGazetteerBits = 64;

std::string word_key(std::string_view form) { return normalize_word(form, true); }

// 1 all lowercase, 2 capitalized, 3 all caps (two letters or more), 4 other mixed case, 5 digits only (with
// punctuation), 6 no letter or digit, 7 letters and digits, 8 starting with a non-ASCII byte.
int shape_class(std::string_view w) {
  if (w.empty()) return 6;
  if (static_cast<unsigned char>(w[0]) >= 0x80) return 8;
  int upper = 0, lower = 0, digit = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z')
      ++upper;
    else if (c >= 'a' && c <= 'z')
      ++lower;
    else if (c >= '0' && c <= '9')
      ++digit;
  }
  const int letters = upper + lower;
  if (letters == 0) return digit ? 5 : 6;
  if (digit) return 7;
  if (upper == 0) return 1;
  if (lower == 0 && upper >= 2) return 3;
  if (w[0] >= 'A' && w[0] <= 'Z' && upper == 1) return 2;
  return 4;
}

// The index of the largest value, and log-softmax in place.
void log_softmax(float* s, int n) {
  const float top = *std::max_element(s, s + n);
  double z = 0;
  for (int k = 0; k < n; ++k) z += std::exp(s[k] - top);
  const float log_z = top + static_cast<float>(std::log(z));
  for (int k = 0; k < n; ++k) s[k] -= log_z;
}

}  // namespace

NerNetwork::Ids NerNetwork::ids(std::span<const std::string_view> words, std::span<const uint8_t> upos,
                                std::span<const uint64_t> gazetteer) const {
  const size_t n = words.size(), total = n + 2 * kWindow;
  Ids r;
  r.word.assign(total, kPadding), r.shape.assign(total, 0), r.tag.assign(total, 0), r.suffix.assign(total, 0);
  r.gazetteer.assign(total, 0);
  const int case_of_sentence = sentence_case(words);
  for (size_t i = 0; i < n; ++i) {
    const size_t j = i + kWindow;
    const std::string key = word_key(words[i]);
    const auto it = word_ids_.find(key);
    r.word[j] = it == word_ids_.end() ? kUnknown : it->second;
    r.shape[j] = 1 + ((shape_class(words[i]) - 1) * 2 + (i == 0 ? 1 : 0)) * kSentenceCases + case_of_sentence;
    r.tag[j] = upos.empty() ? 1 : 2 + std::min<int>(upos[i], kTagIds - 3);
    r.suffix[j] = 1 + static_cast<int>(hash_string(suffix(key, 3)) % kSuffixBuckets);
    r.gazetteer[j] = gazetteer.empty() ? 0 : gazetteer[i];
  }
  return r;
}

void NerNetwork::token_vector(const Ids& ids, size_t j, float* out) const {
  const auto copy = [&](const std::vector<float>& table, int id, int dim) {
    out = std::copy_n(table.data() + static_cast<size_t>(id) * dim, dim, out);
  };
  copy(word_emb_, ids.word[j], word_dim_);
  copy(shape_emb_, ids.shape[j], shape_dim_);
  copy(tag_emb_, ids.tag[j], tag_dim_);
  copy(suffix_emb_, ids.suffix[j], suffix_dim_);
  std::fill_n(out, gazetteer_dim_, 0.0f);
  for (uint64_t bits = ids.gazetteer[j]; bits; bits &= bits - 1) {
    const float* row = gazetteer_emb_.data() + static_cast<size_t>(std::countr_zero(bits)) * gazetteer_dim_;
    for (int k = 0; k < gazetteer_dim_; ++k) out[k] += row[k];
  }
}

void NerNetwork::log_probabilities(std::span<const std::string_view> words, std::span<const uint8_t> upos,
                                   std::span<const uint64_t> gazetteer, std::vector<float>& out) const {
  const size_t n = words.size();
  out.assign(n * kClasses, 0.0f);
  if (n == 0) return;
  const Ids x = ids(words, upos, gazetteer);
  const int d = token_size(), h = hidden_;
  // The sentence's token vectors back to back: the window of word i is the input_size() floats from token i on.
  std::vector<float> tokens((n + 2 * kWindow) * d), hidden(h);
  for (size_t j = 0; j < n + 2 * kWindow; ++j) token_vector(x, j, tokens.data() + j * d);
  for (size_t i = 0; i < n; ++i) {
    vector_times_matrix(tokens.data() + i * d, input_size(), w1_.data(), h, hidden.data());
    for (int k = 0; k < h; ++k) hidden[k] = std::max(0.0f, hidden[k] + b1_[k]);
    float* s = out.data() + i * kClasses;
    for (int c = 0; c < kClasses; ++c) s[c] = b2_[c] + dot(w2_.data() + static_cast<size_t>(c) * h, hidden.data(), h);
    log_softmax(s, kClasses);
  }
}

struct NerNetworkTrainer {
  static NerNetwork train(const std::vector<NerNetwork::Example>& train, const WordVectors* vectors,
                          const NerNetworkOptions& o, const std::function<double(const NerNetwork&)>& dev_score);
};

NerNetwork NerNetwork::train(const std::vector<Example>& train, const WordVectors* vectors,
                             const NerNetworkOptions& options,
                             const std::function<double(const NerNetwork&)>& dev_score) {
  return NerNetworkTrainer::train(train, vectors, options, dev_score);
}

NerNetwork NerNetworkTrainer::train(const std::vector<NerNetwork::Example>& train, const WordVectors* vectors,
                                    const NerNetworkOptions& o,
                                    const std::function<double(const NerNetwork&)>& dev_score) {
  for (const auto& e : train)
    if (e.classes.size() != e.words.size() || (!e.upos.empty() && e.upos.size() != e.words.size()) ||
        (!e.gazetteer.empty() && e.gazetteer.size() != e.words.size()))
      throw std::invalid_argument(
          "NerNetwork::train: an example's words, tags, name-list bits and classes differ in length");
  NerNetwork net;
  std::mt19937_64 rng(o.seed);
  // Vocabulary: the pretrained file's first words, then the training data's other words seen twice or with a
  // pretrained vector, alphabetically.
  std::unordered_map<std::string, int> count;
  for (const auto& e : train)
    for (std::string_view w : e.words) ++count[word_key(w)];
  std::unordered_map<std::string, size_t> vector_row;
  if (vectors)
    for (size_t i = 0; i < vectors->words.size(); ++i) vector_row.emplace(word_key(vectors->words[i]), i);
  net.words_ = {"<padding>", "<unknown>"};
  const auto add_word = [&](const std::string& w) {
    if (net.word_ids_.emplace(w, static_cast<int>(net.words_.size())).second) net.words_.push_back(w);
  };
  if (vectors)
    for (size_t i = 0; i < std::min(vectors->words.size(), o.pretrained_words); ++i)
      add_word(word_key(vectors->words[i]));
  std::vector<std::string> rest;
  for (const auto& [w, c] : count)
    if (!net.word_ids_.count(w) && (c >= 2 || vector_row.count(w))) rest.push_back(w);
  std::sort(rest.begin(), rest.end());
  for (const auto& w : rest) add_word(w);

  net.hidden_ = o.hidden;
  net.word_dim_ = vectors ? vectors->dim : o.word_dim;
  net.shape_dim_ = o.shape_dim, net.tag_dim_ = o.tag_dim, net.suffix_dim_ = o.suffix_dim;
  net.gazetteer_dim_ = o.gazetteer_dim;
  const int d = net.token_size(), in = net.input_size(), h = net.hidden_, m = NerNetwork::kClasses;
  net.word_emb_.resize(net.words_.size() * net.word_dim_);
  fill_uniform(net.word_emb_, 0.01f, rng);
  size_t pretrained = 0;
  if (vectors)
    for (size_t id = kUnknown + 1; id < net.words_.size(); ++id)
      if (const auto it = vector_row.find(net.words_[id]); it != vector_row.end()) {
        std::copy_n(vectors->values.data() + it->second * vectors->dim, vectors->dim,
                    net.word_emb_.data() + id * net.word_dim_);
        ++pretrained;
      }
  net.shape_emb_.resize(static_cast<size_t>(kShapeIds) * net.shape_dim_);
  net.tag_emb_.resize(static_cast<size_t>(kTagIds) * net.tag_dim_);
  net.suffix_emb_.resize(static_cast<size_t>(kSuffixIds) * net.suffix_dim_);
  net.gazetteer_emb_.resize(static_cast<size_t>(kGazetteerBits) * net.gazetteer_dim_);
  for (auto* v : {&net.shape_emb_, &net.tag_emb_, &net.suffix_emb_, &net.gazetteer_emb_}) fill_uniform(*v, 0.1f, rng);
  net.w1_.resize(static_cast<size_t>(in) * h);
  fill_uniform(net.w1_, std::sqrt(6.0f / (in + h)), rng);
  net.b1_.assign(h, 0.01f);
  net.w2_.resize(static_cast<size_t>(m) * h);
  fill_uniform(net.w2_, std::sqrt(6.0f / (h + m)), rng);
  net.b2_.assign(m, 0.0f);
  if (o.log)
    o.log("ner network: " + std::to_string(net.words_.size()) + " words (" + std::to_string(pretrained) +
          " pretrained), input " + std::to_string(in) + ", hidden " + std::to_string(h));

  Slot words(net.word_emb_, net.word_dim_), shapes(net.shape_emb_, net.shape_dim_), tags(net.tag_emb_, net.tag_dim_),
      suffixes(net.suffix_emb_, net.suffix_dim_), gazetteer(net.gazetteer_emb_, net.gazetteer_dim_), w1(net.w1_),
      b1(net.b1_), w2(net.w2_), b2(net.b2_);
  Slot* all[] = {&words, &shapes, &tags, &suffixes, &gazetteer, &w1, &b1, &w2, &b2};

  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  const float keep_scale = 1.0f / (1.0f - o.dropout);
  std::vector<float> tokens, dtokens, pre(h), hidden(h), scores(m), dh(h);
  std::vector<uint8_t> keep(h);
  NerNetwork best = net;
  double best_score = -std::numeric_limits<double>::infinity();
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    double loss = 0;
    size_t seen = 0, errors = 0;
    for (size_t si : order) {
      const NerNetwork::Example& e = train[si];
      const size_t n = e.words.size();
      if (n == 0) continue;
      NerNetwork::Ids x = net.ids(e.words, e.upos, e.gazetteer);
      for (size_t i = 0; i < n; ++i) {
        const auto it = count.find(word_key(e.words[i]));
        const int c = it == count.end() ? 0 : it->second;
        if (uniform(rng) < o.unknown_alpha / (o.unknown_alpha + c)) x.word[i + NerNetwork::kWindow] = kUnknown;
      }
      const size_t total = n + 2 * NerNetwork::kWindow;
      tokens.assign(total * d, 0.0f);
      dtokens.assign(total * d, 0.0f);
      for (size_t j = 0; j < total; ++j) net.token_vector(x, j, tokens.data() + j * d);
      for (size_t i = 0; i < n; ++i) {
        const float* input = tokens.data() + i * d;
        vector_times_matrix(input, in, net.w1_.data(), h, pre.data());
        for (int k = 0; k < h; ++k) {
          pre[k] += net.b1_[k];
          keep[k] = uniform(rng) >= o.dropout;
          hidden[k] = pre[k] > 0 && keep[k] ? pre[k] * keep_scale : 0;
        }
        for (int c = 0; c < m; ++c)
          scores[c] = net.b2_[c] + dot(net.w2_.data() + static_cast<size_t>(c) * h, hidden.data(), h);
        log_softmax(scores.data(), m);
        const int gold = e.classes[i];
        loss -= scores[gold];
        ++seen;
        if (std::max_element(scores.begin(), scores.end()) - scores.begin() != gold) ++errors;
        // Backward: d(loss)/d(score c) = p(c) - [c == gold].
        std::fill(dh.begin(), dh.end(), 0.0f);
        for (int c = 0; c < m; ++c) {
          const float g = std::exp(scores[c]) - (c == gold ? 1.0f : 0.0f);
          const float* w = net.w2_.data() + static_cast<size_t>(c) * h;
          float* gw = w2.grad.data() + static_cast<size_t>(c) * h;
          for (int k = 0; k < h; ++k) {
            gw[k] += g * hidden[k];
            dh[k] += g * w[k];
          }
          b2.grad[c] += g;
        }
        for (int k = 0; k < h; ++k) {
          dh[k] = pre[k] > 0 && keep[k] ? dh[k] * keep_scale : 0;
          b1.grad[k] += dh[k];
        }
        float* dinput = dtokens.data() + i * d;
        for (int r = 0; r < in; ++r) {
          const float xr = input[r];
          float* gw = w1.grad.data() + static_cast<size_t>(r) * h;
          for (int k = 0; k < h; ++k) gw[k] += xr * dh[k];
          dinput[r] += dot(net.w1_.data() + static_cast<size_t>(r) * h, dh.data(), h);
        }
      }
      // The token vectors' gradients go to the rows they were read from.
      for (size_t j = 0; j < total; ++j) {
        const float* g = dtokens.data() + j * d;
        const auto add = [&](Slot& slot, int id, int dim) {
          float* r = slot.row_grad(id);
          for (int k = 0; k < dim; ++k) r[k] += g[k];
          g += dim;
        };
        add(words, x.word[j], net.word_dim_);
        add(shapes, x.shape[j], net.shape_dim_);
        add(tags, x.tag[j], net.tag_dim_);
        add(suffixes, x.suffix[j], net.suffix_dim_);
        for (uint64_t bits = x.gazetteer[j]; bits; bits &= bits - 1) {
          float* r = gazetteer.row_grad(std::countr_zero(bits));
          for (int k = 0; k < net.gazetteer_dim_; ++k) r[k] += g[k];
        }
      }
      for (Slot* s : all) s->update(o.learning_rate);
    }
    std::string line = "ner network epoch " + std::to_string(epoch) + ": loss " +
                       std::to_string(loss / std::max<size_t>(seen, 1)) + ", word errors " +
                       std::to_string(100.0 * errors / std::max<size_t>(seen, 1)) + "%";
    if (dev_score) {
      const double score = dev_score(net);
      line += ", dev " + std::to_string(score);
      if (score > best_score) best_score = score, best = net;
    }
    if (o.log) o.log(line);
  }
  return dev_score ? best : net;
}

void NerNetwork::save(ByteWriter& w) const {
  w.u32(kNerNetworkVersion);
  w.strings(words_);
  for (int v : {hidden_, word_dim_, shape_dim_, tag_dim_, suffix_dim_, gazetteer_dim_}) w.u32(static_cast<uint32_t>(v));
  for (const auto* v : {&word_emb_, &shape_emb_, &tag_emb_, &suffix_emb_, &gazetteer_emb_, &w1_, &b1_, &w2_, &b2_})
    w.array(*v);
}

NerNetwork NerNetwork::load(ByteReader& r) {
  NerNetwork net;
  if (r.u32() != kNerNetworkVersion) r.fail("unsupported NER network version");
  net.words_ = r.strings();
  for (int* v : {&net.hidden_, &net.word_dim_, &net.shape_dim_, &net.tag_dim_, &net.suffix_dim_, &net.gazetteer_dim_}) {
    *v = static_cast<int>(r.u32());
    if (*v <= 0 || *v > 4096) r.fail("corrupt NER network (sizes)");
  }
  for (auto* v : {&net.word_emb_, &net.shape_emb_, &net.tag_emb_, &net.suffix_emb_, &net.gazetteer_emb_, &net.w1_,
                  &net.b1_, &net.w2_, &net.b2_})
    *v = r.array<float>();
  const auto size_is = [&](const std::vector<float>& v, size_t n, const char* what) {
    if (v.size() != n) r.fail(std::string("corrupt NER network (") + what + " size)");
  };
  if (net.words_.size() <= kUnknown) r.fail("corrupt NER network (vocabulary)");
  size_is(net.word_emb_, net.words_.size() * net.word_dim_, "word embeddings");
  size_is(net.shape_emb_, static_cast<size_t>(kShapeIds) * net.shape_dim_, "shape embeddings");
  size_is(net.tag_emb_, static_cast<size_t>(kTagIds) * net.tag_dim_, "tag embeddings");
  size_is(net.suffix_emb_, static_cast<size_t>(kSuffixIds) * net.suffix_dim_, "suffix embeddings");
  size_is(net.gazetteer_emb_, static_cast<size_t>(kGazetteerBits) * net.gazetteer_dim_, "name-list embeddings");
  size_is(net.w1_, static_cast<size_t>(net.input_size()) * net.hidden_, "hidden layer");
  size_is(net.b1_, net.hidden_, "hidden bias");
  size_is(net.w2_, static_cast<size_t>(kClasses) * net.hidden_, "output layer");
  size_is(net.b2_, kClasses, "output bias");
  for (size_t i = kUnknown + 1; i < net.words_.size(); ++i) net.word_ids_[net.words_[i]] = static_cast<int>(i);
  return net;
}

}  // namespace dunlin::nlp
