// A compiled phrase matcher for dictionary names over a document's tokens.
//
// Both dictionary phrases and document tokens are reduced to the same *keys*: case-folded, diacritics removed
// (utf8proc), curly and straight apostrophes and the hyphen/dash variants unified. A token becomes zero or more
// keys: it is split at hyphens, slashes and other inner punctuation ("al-Assad" -> al, assad), periods are
// removed ("U.S." -> us), a possessive "'s" or trailing apostrophe is dropped ("Syria's" -> syria) and inner
// apostrophes are removed ("Ba'ath" -> baath). Tokens that are pure punctuation give no key. So "al-Assad",
// "al - Assad" and "Al Assad" all match one entry, whatever the tokenizer did with the hyphen.
// Acronyms: a key of two or three capitals alone ("US", "U.S.", "WHO", "IS") keeps its capitals, so a dictionary
// acronym matches only capitals in the text, never the word "us"/"who"/"is"; capitals in the text that are not a
// dictionary acronym fall back to the lower-case key (a headline's "AL" still matches "al-Assad").
//
// Keys are interned to integers and the phrases form a trie kept in one hash map ((node, key) -> child), so a
// lookup costs one hash probe per key. find() reports leftmost-longest, non-overlapping matches.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dunlin {

// Appends the keys of one token (0..n keys) to `out`.
void append_token_keys(std::string_view token, std::vector<std::string>& out);

// The keys of a dictionary phrase: split at white space, then every piece as a token. A leading "the" is dropped
// (dictionary phrases are matched without their article: "the Kremlin" and "Kremlin spokesman" both match).
std::vector<std::string> phrase_keys(std::string_view phrase);

class PhraseMatcher {
 public:
  struct Match {
    uint32_t first_token = 0;  // tokens [first_token, end_token) of the input
    uint32_t end_token = 0;
    bool partial = false;  // starts or ends inside a token ("Assad" inside "pro-Assad")
    std::span<const uint32_t> payloads;  // what the phrase stands for (as given to add()), never empty
  };

  // Adds a phrase; returns false when it has no keys (e.g. only punctuation). The same payload may be added under
  // many phrases and a phrase may carry many payloads (each payload is kept once per phrase).
  bool add(std::string_view phrase, uint32_t payload);
  bool add_keys(const std::vector<std::string>& keys, uint32_t payload);

  // Leftmost-longest non-overlapping matches over the token texts.
  std::vector<Match> find(std::span<const std::string_view> tokens) const;

  size_t phrase_count() const { return phrase_count_; }

 private:
  static constexpr uint32_t kUnknown = UINT32_MAX;
  uint32_t key_id(const std::string& key) const;
  static uint64_t edge(uint32_t node, uint32_t key) { return (static_cast<uint64_t>(node) << 32) | key; }

  std::unordered_map<std::string, uint32_t> key_ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;      // (node, key) -> child node
  std::vector<std::vector<uint32_t>> node_payloads_ = {{}};  // node 0 = root
  size_t phrase_count_ = 0;
};

}  // namespace dunlin
