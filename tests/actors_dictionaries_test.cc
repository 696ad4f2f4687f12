// Tests of the shipped actor dictionaries (data/actors) and of ActorDictionaries: countries by name, adjective and
// capital, government seats, people with date ranges, organizations, sectors, and the user override directory.
#include "dunlin/actors/actor_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "actors_test_util.h"
#include "cli_test_util.h"

namespace dunlin {
namespace {

using testing::data_dir;
using testing::make_document;
using testing::mention_text;
using testing::TempDir;

using testing::contains;
using testing::shipped_actor_dictionaries;

// "text=CODE" for every mention, in order.
std::vector<std::string> coded(const std::string& text, const std::string& date = "",
                               const ActorDictionaries& dicts = shipped_actor_dictionaries()) {
  return testing::coded_mentions(text, date, dicts);
}

TEST(ActorDictionaries, ShippedFilesLoadWithSensibleSizes) {
  const ActorDictionaries& d = shipped_actor_dictionaries();
  EXPECT_GE(d.countries().entries().size(), 250u);
  EXPECT_GE(d.sectors().terms().size(), 300u);
  EXPECT_GE(d.people().actors().size(), 300u);
  EXPECT_GE(d.organizations().actors().size(), 150u);
  const Country* syria = d.countries().by_code("SYR");
  ASSERT_NE(syria, nullptr);
  EXPECT_EQ(syria->name, "Syria");
  ASSERT_NE(d.countries().by_iso3("ROU"), nullptr);
  EXPECT_EQ(d.countries().by_iso3("ROU")->code, "ROM");  // CAMEO's exception
}

TEST(ActorDictionaries, CountryByNameAdjectiveAndCapital) {
  const auto m = coded("Syrian troops entered Syria after Damascus asked the Syrian Arab Republic's allies.");
  EXPECT_TRUE(contains(m, "Syrian=SYR"));
  EXPECT_TRUE(contains(m, "troops=MIL"));
  EXPECT_TRUE(contains(m, "Syria=SYR"));
  EXPECT_TRUE(contains(m, "Damascus=SYRGOV"));
  EXPECT_TRUE(contains(m, "Syrian Arab Republic's=SYR"));
  EXPECT_TRUE(contains(coded("Washington and Ankara disagreed."), "Ankara=TURGOV"));
  EXPECT_TRUE(contains(coded("The U.S. envoy spoke."), "U.S.=USA"));
  EXPECT_FALSE(contains(coded("He told us nothing."), "us=USA"));
}

TEST(ActorDictionaries, AnAirlinerIsABusinessNotAWarplane) {
  // "aircraft" alone is the military's equipment; a passenger plane is its airline's (BUS).
  const auto m = coded("Rebels shot down a passenger aircraft and two airliners, then an aircraft.");
  EXPECT_TRUE(contains(m, "passenger aircraft=BUS"));
  EXPECT_TRUE(contains(m, "airliners=BUS"));
  EXPECT_TRUE(contains(m, "aircraft=MIL"));
}

TEST(ActorDictionaries, ASuspectIsAPrivatePersonUntilConvicted) {
  // Generic people whose modifier decides: a suspect is no criminal (CRM) yet, but a civilian, "army suspects" the
  // army's.
  const auto m = coded("Police questioned two suspects and a suspect.");
  EXPECT_TRUE(contains(m, "suspects=CVL"));
  EXPECT_TRUE(contains(m, "suspect=CVL"));
}

TEST(ActorDictionaries, TerroristsAreUnidentifiedArmedForces) {
  // State media's "terrorists" are an armed group the text does not identify (UAF), not a rebel group it names;
  // a named group keeps its own code ("ISIL terrorists", resolved by the actor stage).
  const auto m = coded("Terrorists and terrorist groups fired shells.");
  EXPECT_TRUE(contains(m, "Terrorists=UAF"));
  EXPECT_TRUE(contains(m, "terrorist groups=UAF"));
}

TEST(ActorDictionaries, GovernmentSeats) {
  const auto m = coded("The Kremlin denied it, and the White House and the Pentagon said nothing.");
  EXPECT_TRUE(contains(m, "Kremlin=RUSGOV"));
  EXPECT_TRUE(contains(m, "White House=USAGOV"));
  EXPECT_TRUE(contains(m, "Pentagon=USAMIL"));
  EXPECT_TRUE(contains(coded("Downing Street and the Élysée agreed."), "Élysée=FRAGOV"));
  EXPECT_TRUE(contains(coded("Downing Street and the Elysee agreed."), "Downing Street=GBRGOV"));
}

TEST(ActorDictionaries, PersonCodeDependsOnTheDate) {
  // Same name, coded by role on the day.
  EXPECT_TRUE(contains(coded("Bashar al-Assad met envoys.", "2020-05-11"), "Bashar al-Assad=SYRGOV"));
  EXPECT_TRUE(contains(coded("Bashar al-Assad met envoys.", "2025-03-01"), "Bashar al-Assad=SYRELI"));
  EXPECT_TRUE(contains(coded("Netanyahu criticised the cabinet.", "2022-03-01"), "Netanyahu=ISROPP"));
  EXPECT_TRUE(contains(coded("Netanyahu criticised the cabinet.", "2024-03-01"), "Netanyahu=ISRGOV"));
  EXPECT_TRUE(contains(coded("Hakan Fidan met envoys.", "2020-01-01"), "Hakan Fidan=TURSPY"));
  EXPECT_TRUE(contains(coded("Hakan Fidan met envoys.", "2024-01-01"), "Hakan Fidan=TURGOV"));
  EXPECT_TRUE(contains(coded("Putin spoke.", "1999-01-01"), "Putin=RUSSPY"));
  EXPECT_TRUE(contains(coded("Putin spoke.", "1999-08-09"), "Putin=RUSGOV"));  // hand-over day: the later role wins
  EXPECT_TRUE(contains(coded("The Taliban attacked.", "2010-01-01"), "Taliban=AFGINS"));
  EXPECT_TRUE(contains(coded("The Taliban announced a decree.", "2023-01-01"), "Taliban=AFGGOV"));
}

TEST(ActorDictionaries, HeadsOfGovernmentOfSmallerCountriesAreDated) {
  // Rows of the "more countries" section: the role on the day, ELI once it has ended, another office later.
  EXPECT_TRUE(contains(coded("Boyko Borisov arrived.", "2015-06-01"), "Boyko Borisov=BGRGOV"));
  EXPECT_TRUE(contains(coded("Boyko Borisov arrived.", "2022-06-01"), "Boyko Borisov=BGRELI"));
  EXPECT_TRUE(contains(coded("Jüri Ratas arrived.", "2019-06-01"), "Jüri Ratas=ESTGOV"));
  EXPECT_TRUE(contains(coded("Jüri Ratas arrived.", "2022-06-01"), "Jüri Ratas=ESTLEG"));
  EXPECT_TRUE(contains(coded("Ukhnaagiin Khürelsükh arrived.", "2022-06-01"), "Ukhnaagiin Khürelsükh=MNGGOV"));
  EXPECT_TRUE(contains(coded("Ousmane Sonko spoke.", "2020-06-01"), "Ousmane Sonko=SENOPP"));
  EXPECT_TRUE(contains(coded("Ousmane Sonko spoke.", "2024-06-01"), "Ousmane Sonko=SENGOV"));
  EXPECT_TRUE(contains(coded("Mahinda Rajapaksa spoke.", "2017-06-01"), "Mahinda Rajapaksa=LKAELI"));
}

TEST(ActorDictionaries, PartiesByTheirSpellInPowerAndLegislatures) {
  EXPECT_TRUE(contains(coded("The BJP protested.", "2010-01-01"), "BJP=INDOPP"));
  EXPECT_TRUE(contains(coded("The BJP protested.", "2020-01-01"), "BJP=INDGOV"));
  EXPECT_TRUE(contains(coded("Likud walked out.", "2022-01-01"), "Likud=ISROPP"));
  EXPECT_TRUE(contains(coded("The Riigikogu voted.", "2022-01-01"), "Riigikogu=ESTLEG"));
  EXPECT_TRUE(contains(coded("The Islamic Consultative Assembly voted.", "2022-01-01"),
                  "Islamic Consultative Assembly=IRNLEG"));
  // Military formations, companies and universities.
  EXPECT_TRUE(contains(coded("The Black Sea Fleet withdrew.", "2022-01-01"), "Black Sea Fleet=RUSMIL"));
  EXPECT_TRUE(contains(coded("Gazprom cut supplies.", "2022-01-01"), "Gazprom=RUSBUS"));
  EXPECT_TRUE(contains(coded("Harvard University sued.", "2022-01-01"), "Harvard University=USAEDU"));
  EXPECT_FALSE(contains(coded("MIT agents detained him in Turkey.", "2022-01-01"), "MIT=USAEDU"));
}

TEST(ActorDictionaries, PeopleNamedAlikeAreNarrowedByDate) {
  // "Assad" is both Hafez (to 2000-06) and Bashar (from 2000-07): the one in office wins.
  const Document before = make_document("Assad spoke.", "1995-01-01");
  const auto m1 = shipped_actor_dictionaries().find_mentions(before);
  ASSERT_EQ(m1.size(), 1u);
  EXPECT_EQ(shipped_actor_dictionaries().people().actors()[m1[0].entry].id, "hafez_al_assad");
  const Document after = make_document("Assad spoke.", "2010-01-01");
  const auto m2 = shipped_actor_dictionaries().find_mentions(after);
  ASSERT_EQ(m2.size(), 1u);
  EXPECT_EQ(shipped_actor_dictionaries().people().actors()[m2[0].entry].id, "bashar_al_assad");
}

TEST(ActorDictionaries, AliasesWithDiacriticsAndSpellings) {
  for (const std::string name : {"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan", "ERDOGAN", "Tayyip Erdogan"}) {
    const auto r = shipped_actor_dictionaries().people().lookup(name, parse_date("2019-01-01"));
    ASSERT_EQ(r.size(), 1u) << name;
    EXPECT_EQ(r[0].actor->id, "recep_tayyip_erdogan") << name;
    EXPECT_EQ(r[0].code, "TURGOV") << name;
  }
  EXPECT_EQ(shipped_actor_dictionaries().people().lookup("Bashar Assad", parse_date("2015-06-01")).at(0).code, "SYRGOV");
  EXPECT_EQ(shipped_actor_dictionaries().people().lookup("Zelenskyy", parse_date("2023-02-24")).at(0).code, "UKRGOV");
  EXPECT_TRUE(shipped_actor_dictionaries().people().lookup("Nobody Atall", parse_date("2023-02-24")).empty());
}

TEST(ActorDictionaries, OrganizationsAndOutlets) {
  const auto m = coded("Reuters and TASS quoted SANA, while al-Watan cited Hezbollah and the UN Security Council.");
  EXPECT_TRUE(contains(m, "Reuters=GBRMED"));
  EXPECT_TRUE(contains(m, "TASS=RUSMED"));
  EXPECT_TRUE(contains(m, "SANA=SYRMED"));
  EXPECT_TRUE(contains(m, "al-Watan=SYRMED"));
  EXPECT_TRUE(contains(m, "Hezbollah=LBNREB"));
  EXPECT_TRUE(contains(m, "UN Security Council=IGOUNOSEC"));
  EXPECT_TRUE(contains(coded("The WHO warned.", "2021-01-01"), "WHO=IGOUNOWHO"));
  EXPECT_TRUE(contains(coded("Al-Monitor and Al Jazeera reported.", "2021-01-01"), "Al-Monitor=USAMED"));
  EXPECT_TRUE(coded("A war monitor said.", "2021-01-01") == std::vector<std::string>{"war monitor=HRI"});
  EXPECT_FALSE(contains(coded("Those who warned.", "2021-01-01"), "who=IGOUNOWHO"));
}

TEST(ActorDictionaries, SectorWordsAndTheirCombination) {
  const auto m = coded("A Kremlin spokesman, a military spokesman and a former diplomat spoke to State media.");
  EXPECT_TRUE(contains(m, "spokesman=GOV"));
  EXPECT_TRUE(contains(m, "military=MIL"));
  EXPECT_TRUE(contains(m, "former=ELI"));
  EXPECT_TRUE(contains(m, "diplomat=GOV"));
  EXPECT_TRUE(contains(m, "State media=MED"));

  const SectorDictionary& s = shipped_actor_dictionaries().sectors();
  const auto combine = [&](std::initializer_list<const char*> words) {
    std::vector<const SectorTerm*> terms;
    for (const char* w : words) terms.push_back(s.find(w));
    return SectorDictionary::combine(terms);
  };
  EXPECT_EQ(combine({"military", "spokesman"}), "MIL");
  EXPECT_EQ(combine({"former", "diplomat"}), "ELI");
  EXPECT_EQ(combine({"ousted", "president"}), "ELI");
  EXPECT_EQ(combine({"exiled", "dissidents"}), "OPP");  // an exile still opposes; not a former office holder
  EXPECT_EQ(combine({"opposition", "lawmakers"}), "OPP");
  EXPECT_EQ(combine({"government", "troops"}), "MIL");
  EXPECT_EQ(combine({"rebel", "commander"}), "REB");
  EXPECT_EQ(combine({"billionaire", "tycoon"}), "BUS");
  EXPECT_EQ(plover_sector("MED"), "JRN");
  EXPECT_EQ(plover_sector("HLH"), "MED");
}

std::string code_of(const std::string& phrase, const std::string& date) {
  const Document doc = make_document(phrase);
  std::vector<std::string_view> tokens;
  for (size_t i = 0; i < doc.tokens.size(); ++i) tokens.push_back(doc.token_text(i));
  const PhraseCode c = shipped_actor_dictionaries().code_phrase(tokens, parse_date(date));
  return c.country + "/" + c.sector + "/" + c.plover_country;
}

TEST(ActorDictionaries, CodesActorNounPhrases) {
  EXPECT_EQ(code_of("Kremlin spokesman Dmitry Peskov", "2020-05-11"), "RUS/GOV/RUS");
  EXPECT_EQ(code_of("a former Russian diplomat", "2020-05-11"), "RUS/ELI/RUS");
  EXPECT_EQ(code_of("a Russian fighter jet", "2020-05-11"), "RUS/MIL/RUS");  // the equipment stands for the military
  EXPECT_EQ(code_of("Syrian government troops", "2020-05-11"), "SYR/MIL/SYR");
  EXPECT_EQ(code_of("the billionaire tycoon Rami Makhlouf", "2020-05-11"), "SYR/BUS/SYR");
  EXPECT_EQ(code_of("Russian State outlets", "2020-05-11"), "RUS/MED/RUS");
  EXPECT_EQ(code_of("Boko Haram gunmen", "2020-05-11"), "NGA/INS/NGA");  // the named group beats "gunmen"
  EXPECT_EQ(code_of("former President Bashar al-Assad", "2026-01-01"), "SYR/ELI/SYR");
  EXPECT_EQ(code_of("Israeli Defence Minister Yoav Gallant", "2023-05-01"), "ISR/GOV/ISR");
  EXPECT_EQ(code_of("the World Health Organization", "2020-05-11"), "IGO//UNO");
  EXPECT_EQ(code_of("Abkhazia", "2020-05-11"), "GEO/PRE/GEO");
  EXPECT_EQ(code_of("four unidentified men", "2020-05-11"), "/CVL/");
  EXPECT_EQ(code_of("the weather on Tuesday", "2020-05-11"), "//");
  // Generic people, the displaced, lawyers, criminals, warships and religious leaders.
  EXPECT_EQ(code_of("grieving relatives", "2020-05-11"), "/CVL/");
  EXPECT_EQ(code_of("Sudan's displaced", "2020-05-11"), "SDN/REF/SDN");
  EXPECT_EQ(code_of("a Kenyan lawyer", "2020-05-11"), "KEN/JUD/KEN");
  EXPECT_EQ(code_of("government lawyers", "2020-05-11"), "/GOV/");  // rank 1: the institution decides
  EXPECT_EQ(code_of("armed gangsters", "2020-05-11"), "/CRM/");
  EXPECT_EQ(code_of("two Chinese destroyers", "2020-05-11"), "CHN/MIL/CHN");
  EXPECT_EQ(code_of("Muslim leaders in the city", "2020-05-11"), "/REL/");
  EXPECT_EQ(code_of("a Muslim holiday", "2020-05-11"), "//");
  EXPECT_EQ(code_of("attacks on non-Muslims", "2020-05-11"), "//");
}

TEST(ActorDictionaries, UserDirectoryAddsAndReplacesEntries) {
  TempDir user;
  user.write("people.tsv",
             "id\tnames\tcode\tfrom\tto\trole\n"
             "bashar_al_assad\tBashar al-Assad|Assad\tSYRGOV\t2000-07-17\t2024-12-08\tpresident\n"
             "bashar_al_assad\t\tRUSELI\t2024-12-09\t\tin exile (a user's own convention)\n"
             "jane_roe\tJane Roe|Governor Roe\tGBRGOV\t2030-01\t\tinvented governor\n");
  user.write("countries.tsv",
             "code\tiso3\tkind\tname\tnames\tadjectives\tcapitals\tseats\n"
             "SYR\tSYR\tcountry\tSyria\tSham\tSyrian|Syrians\tDamascus\tPeople's Palace=GOV\n");
  const ActorDictionaries d = ActorDictionaries::load(data_dir(), user.path());
  EXPECT_TRUE(contains(coded("Bashar al-Assad spoke from Moscow.", "2025-06-01", d), "Bashar al-Assad=RUSELI"));
  EXPECT_TRUE(contains(coded("Governor Roe spoke.", "2031-01-01", d), "Governor Roe=GBRGOV"));
  EXPECT_TRUE(contains(coded("The People's Palace said so.", "2031-01-01", d), "People's Palace=SYRGOV"));
  EXPECT_TRUE(contains(coded("Sham said so.", "2031-01-01", d), "Sham=SYR"));
  EXPECT_TRUE(contains(coded("Putin said so.", "2020-01-01", d), "Putin=RUSGOV"));  // built-ins are still there
  EXPECT_EQ(d.people().actors().size(), shipped_actor_dictionaries().people().actors().size() + 1);
  // The replaced Syria keeps its places; a user's places add to the built-in ones.
  EXPECT_TRUE(contains(coded("Aleppo fell.", "2020-01-01", d), "Aleppo=SYR"));
  user.write("places.tsv", "phrase\tcountry\nNorthvale|North Vale\tGBR\n");
  const ActorDictionaries d2 = ActorDictionaries::load(data_dir(), user.path());
  EXPECT_TRUE(contains(coded("North Vale police left Mosul.", "2020-01-01", d2), "North Vale=GBR"));
  EXPECT_TRUE(contains(coded("North Vale police left Mosul.", "2020-01-01", d2), "Mosul=IRQ"));
}

TEST(ActorDictionaries, PlacesFileNamesAnUnknownCountryByLine) {
  TempDir user;
  user.write("places.tsv", "phrase\tcountry\tnote\n# comment\nSomewhere\tXYZ\n");
  try {
    ActorDictionaries::load(data_dir(), user.path());
    FAIL() << "expected a DictionaryError";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("places.tsv:3: country 'XYZ'"), std::string::npos) << e.what();
  }
}

TEST(ActorDictionaries, CrossFileValidationNamesFileAndLine) {
  TempDir user;
  user.write("organizations.tsv", "id\tnames\tcode\n# a comment\nacme\tAcme Corp\tXYZBUS\n");
  try {
    ActorDictionaries::load(data_dir(), user.path());
    FAIL() << "expected a DictionaryError";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("organizations.tsv:3: code 'XYZBUS'"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace dunlin
