// The actor stage: turns dictionary mentions (countries, capitals, seats, sector words, people, organisations) and
// the parse into coded actors, one per noun phrase that names a political actor, resolved across the article.
//
// Within a noun phrase (its head and the compound, flat, amod, det, nummod and possessive words around it):
//   - a known person or organisation at the head gives the whole code ("Kremlin spokesman Dmitry Peskov" -> RUSGOV),
//     except that an overriding sector word ("former") turns it into <country>ELI;
//   - otherwise the country comes from the head (a country, capital or seat: "Moscow", "the Kremlin") or from the
//     nearest modifier ("Russian", "Syria's", "pro-Assad"), and the sector from the sector words by rank
//     ("Russian State outlets" -> RUSMED, "A pro-Assad official" -> SYRGOV);
//   - conjoined country adjectives give one actor each ("the Russian and Syrian leadership" -> RUSGOV and SYRGOV).
//   - a region or city of a country ("Rakhine", "Shanghai", places.tsv) gives its country to the phrase it modifies
//     ("Rakhine rebels" -> MMRREB) or to the actor said to be in it ("rebels in Rakhine"), and is no actor itself.
// Across the article:
//   - an apposition gives its code to the name it renames ("Alexander Shumilin, a former Russian diplomat" ->
//     RUSELI), and a name met again by its surname is the same actor ("Shumilin");
//   - a definite description without a country ("The official", "the regime") is the latest actor with the same
//     head noun, else the latest with the same sector;
//   - a definite description with a country ("the Russian minister", "the Russian leader") is the latest person of
//     that country whose titled name holds the same noun ("Foreign Minister Sergei Lavrov"), or for "leader" a
//     head of state or government's title ("President Vladimir Putin");
//   - a title the parser hung on a name ("Senator/nmod:desc Maria Lopez") is the named person, written as the
//     whole titled name, and so is a title the parser made the head of a known name ("Gen. [Abdel Fattah
//     Burhan]/flat");
//   - an acronym is the actor met earlier whose capitalised words it spells ("the Rapid Support Forces ... RSF");
//   - "the group", "the movement" is the one armed group, party or organisation named in its sentence or the three
//     before (none when several are);
//   - pronouns (he/she/his, they/their, it/its) take the latest compatible actor before them.
#pragma once

#include <memory>

#include "dunlin/actors/actor_dictionaries.h"
#include "dunlin/document.h"

namespace dunlin {

class ActorResolver {
 public:
  explicit ActorResolver(std::shared_ptr<const ActorDictionaries> dictionaries);

  // Needs tokens, sentences and the syntax layer (tags, lemmas, parse); uses named entities when present.
  // Adds the actor layer.
  void annotate(Document& doc) const;

  const ActorDictionaries& dictionaries() const { return *dictionaries_; }

 private:
  std::shared_ptr<const ActorDictionaries> dictionaries_;
};

}  // namespace dunlin
