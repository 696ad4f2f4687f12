// Repairs of the parser's output on reported speech, where a wrong arc hides who said what and what happened:
// rules of English grammar the treebank shows too rarely for the parser to learn. Run by the NLP pipeline right
// after parsing a sentence, so every later stage (and `dunlin eval parse`) sees the repaired tree.
//
//   - "SANA said Syrian air defences shot down three drones": a verb of saying does not take a noun object followed
//     by a participle as its modifier ("said [defences]/obj [shot]/acl"); the noun is the subject of the reported
//     clause ("said [defences shot down drones]/ccomp").
//   - "Peskov said Russian President Vladimir Putin and Erdogan would meet": a verb of saying has no indirect object;
//     the name the parser hung there is the subject of the reported clause, conjoined with the subject it has.
//   - "The Observatory, a Britain-based monitor, said S": a verb of saying hung on the apposition as a relative
//     clause without a subject is the sentence's verb, and the named noun before the apposition its subject.
//   - "..., the ministry said, as mediators met": a clause opened by "as", "after", "while", "because" ... is an
//     adverbial clause, never a complement.
//   - "X said S and denied that ...", "X said S, accusing Y of ...": a speech act with no subject of its own hung
//     inside what is said is the speaker's next act.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin::nlp {

// One sentence: words, lemmas, UPOS and XPOS names (0-based), heads (1-based, 0 = root) and relation ids into
// `relations` (the parser's label names). Changes heads and labels in place; returns how many words changed.
int repair_reported_speech(std::span<const std::string_view> words, std::span<const std::string_view> lemmas,
                           std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                           std::span<uint32_t> heads, std::span<uint16_t> labels,
                           const std::vector<std::string>& relations);

}  // namespace dunlin::nlp
