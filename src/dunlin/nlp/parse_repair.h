// Repairs of the parser's output on reported speech, where a wrong arc hides who said what and what happened:
// rules of English grammar the treebank shows too rarely for the parser to learn. Run by the NLP pipeline right
// after parsing a sentence, so every later stage (and `dunlin eval parse`) sees the repaired tree.
//
//   - "SANA said Syrian air defences shot down three drones": a verb of saying does not take a noun object followed
//     by a participle as its modifier ("said [defences]/obj [shot]/acl"); the noun is the subject of the reported
//     clause ("said [defences shot down drones]/ccomp").
//   - "Peskov said Russian President Vladimir Putin and Erdogan would meet": a verb of saying has no indirect object;
//     the name the parser hung there is the subject of the reported clause, conjoined with the subject it has.
//   - '"...," said [Omar Haddad]/iobj [a local volunteer]/nsubj': a name hung as the indirect object right before an
//     indefinite subject is the subject, the noun phrase its apposition (copy that lost the comma between them).
//   - "the Observatory [for]/mark Human [Rights]/nsubj [said]/acl:relcl S": a verb of saying read as a relative clause
//     whose subject is the noun of a prepositional phrase on the noun it hangs on: that noun is the subject.
//   - "The Observatory, a Britain-based monitor, said S": a verb of saying hung on the apposition as a relative
//     clause without a subject is the sentence's verb, and the named noun before the apposition its subject.
//   - "The Observatory [said]/acl at least 29 rebels were killed": a verb of saying read as a reduced relative clause
//     on the subject, which leaves the main verb a second subject after it, is the sentence's verb.
//   - "..., the ministry said, as mediators met": a clause opened by "as", "after", "while", "because" ... is an
//     adverbial clause, never a complement.
//   - "X said S and denied that ...", "X said S, accusing Y of ...": a speech act with no subject of its own hung
//     inside what is said is the speaker's next act; so is one hung after a comma on a noun of what is said
//     ("acknowledged it shot down a jet, blaming human error").
//   - "its army [had]/aux \"wrongly\" shot down a jet" with the subject hung on "had": an auxiliary
//     takes no subject, adverb or oblique of its own; they are its verb's.
//   - "NATO-[member]/nsubj [Norway]/nsubj is willing": of two subjects, a name right after the first subject's last
//     word, a noun (singular, unless it titles a list of names), is the name that noun titles ("member" becomes its
//     nmod:desc).
//   - "met [with]/mark [Omar]/obj Haddad", "the embrace [of]/nmod [Bashar]/appos al-Assad": a preposition takes no
//     object or name of its own; the noun is the modifier of the preposition's head, the preposition its case.
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

// "Two people were killed in the raids a monitor said." / "... south of the town said the Observatory.": copy that
// lost its commas (scraped pages, old archives) runs the reported clause into its speaker, and the tagger and
// parser, which learned the comma as the sign of that break, make the speaker an object or the verb a relative
// clause. A sentence of that shape has a verb of saying that ends it (only phrases like "in a statement" after it)
// with its speaker right before it (a pronoun; a name; a noun phrase opened by a determiner or number) or right after
// it ("said the Syrian Observatory"), and a clause with a verb before. A zero relative ("It was a move the
// government denied") reads the same way, so only verbs that take a clause more than a noun count.
// The pipeline tags and parses such a sentence again with the comma put in, drops the comma, and hangs the clause
// and the speaker on the verb (attach_speaker).
struct SpeakerBreak {
  uint32_t comma = 0;  // the 1-based word before which the comma goes; 0: the sentence is not of that shape
  uint32_t speaker_first = 0, speaker_end = 0;  // the speaker's words, 1-based, end exclusive
  uint32_t verb = 0;                            // the verb of saying, 1-based
};
SpeakerBreak find_speaker_break(std::span<const std::string_view> words, std::span<const std::string_view> lemmas,
                                std::span<const std::string_view> upos, std::span<const std::string_view> xpos);

// Makes the verb of `at` the root, the head of what is said (the words before the comma) its ccomp and the head of
// the speaker its nsubj; other words of each part whose head lies outside the part hang on the part's head, and the
// other words after what is said (the full stop) do not hang inside it. Returns how many words changed.
int attach_speaker(const SpeakerBreak& at, std::span<const std::string_view> upos, std::span<uint32_t> heads,
                   std::span<uint16_t> labels, const std::vector<std::string>& relations);

}  // namespace dunlin::nlp
