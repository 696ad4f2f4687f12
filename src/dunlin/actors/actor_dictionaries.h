// All actor dictionaries of one data directory (countries, sectors, people, organizations), optionally extended
// or overridden by a user directory, compiled into one phrase matcher that finds actor mentions in a Document.
#pragma once

#include <string>
#include <vector>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/actors/named_actor_dictionary.h"
#include "dunlin/actors/phrase_matcher.h"
#include "dunlin/actors/sector_dictionary.h"
#include "dunlin/document.h"

namespace dunlin {

struct ActorMention {
  enum class Kind : uint8_t { country, adjective, capital, seat, sector, person, organization, place };
  uint32_t first_token = 0;  // tokens [first_token, end_token) of the document
  uint32_t end_token = 0;
  bool partial = false;      // the phrase starts or ends inside a token ("Assad" in "pro-Assad")
  Kind kind = Kind::country;
  uint32_t entry = 0;        // index into the dictionary of that kind (countries, sector terms, people, orgs)
  // The code on the mention's date: "SYR" (country, adjective), "SYRGOV" (capital, seat "Kremlin" -> RUSGOV),
  // "GOV" (a sector word alone), "SYRGOV"/"RUSELI" (person), "IGOUNO"/"AFGINS" (organization), "MMR" (a place
  // of the country: "Rakhine").
  std::string code;
  bool in_range = true;      // person/organization: the date lies inside one of its ranges
};

const char* to_string(ActorMention::Kind kind);

// The code of one actor noun phrase ("Kremlin spokesman Dmitry Peskov", "Syrian army troops", "a former diplomat").
struct PhraseCode {
  std::string country;  // "RUS", "IGO", ...; empty when the phrase names no country, person or organization
  std::string sector;   // one CAMEO role code ("GOV"), or empty
  std::string plover_country;  // PLOVER's country field: UNO for UN bodies (IGOUNO...), EUR for the EU
                               // (IGOEUR...), otherwise `country`
  bool found = false;   // some dictionary entry matched
  std::string code() const { return country + sector; }
};

// Immutable once loaded: every lookup is const and safe to share between threads.
class ActorDictionaries {
 public:
  // Loads countries.tsv, sectors.tsv, people.tsv and organizations.tsv from `dir` (all four required) and places.tsv
  // (regions and cities -> country, optional), then, when `user_dir` is not empty, whichever of them `user_dir` holds: their entries add to the built-in ones or replace
  // those with the same key (country code, sector phrase, person/organization id). Cross-checks that every person
  // and organization code starts with a known country or international code. Throws DictionaryError.
  static ActorDictionaries load(const std::string& dir, const std::string& user_dir = "");

  const CountryDictionary& countries() const { return countries_; }
  const SectorDictionary& sectors() const { return sectors_; }
  const PeopleDictionary& people() const { return people_; }
  const OrganizationDictionary& organizations() const { return organizations_; }
  const PhraseMatcher& matcher() const { return matcher_; }

  // Actor mentions in the document's tokens, resolved on `date` (kNoDate: the document's own date, if any).
  // One mention per meaning: an ambiguous phrase gives several mentions over the same tokens (people named alike
  // are first narrowed to those in office on the date).
  std::vector<ActorMention> find_mentions(const Document& doc, DateInt date = kNoDate) const;
  // Same over plain token texts.
  std::vector<ActorMention> find_mentions(std::span<const std::string_view> tokens, DateInt date) const;

  // Codes the tokens of ONE actor noun phrase, as the event coder does once it has the phrase:
  // - country: the first mention that has one. A country name, adjective, capital or seat gives its code. A
  //   person or organization gives the first three letters of its code on the date (IGO, NGO, ... included).
  // - sector: SectorDictionary::combine over the phrase's sector words and its named actors, in text order. A
  //   seat or capital counts as a rank-2 term with its sector, and a person or organization counts as a rank-2 term
  //   with the sector of its code on the date, which is the first known sector code after its first three letters
  //   (SYRGOV -> GOV, NGOHRIAMN -> HRI, IGOUNOWHO -> none). A named person or organization counts as rank 2.5, so
  //   it beats institution words ("Boko Haram gunmen" -> the group) but not "former"; equal ranks go to the
  //   rightmost. An ambiguous phrase ("King Abdullah") uses its first meaning.
  PhraseCode code_phrase(std::span<const std::string_view> tokens, DateInt date) const;

 private:
  struct Payload {
    ActorMention::Kind kind;
    uint32_t entry;
    std::string code;  // fixed code for countries and sectors; empty for people/organizations (date-dependent)
  };
  void check_codes(const NamedActorDictionary& dict, const char* file) const;
  void compile();

  CountryDictionary countries_;
  SectorDictionary sectors_;
  PeopleDictionary people_;
  OrganizationDictionary organizations_;
  PhraseMatcher matcher_;
  std::vector<Payload> payloads_;
};

}  // namespace dunlin
