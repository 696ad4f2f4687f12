// `dunlin dict`: check the actor dictionaries and the CAMEO table (built-in data plus a user directory) and look
// up the actors a piece of text mentions on a date.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "dunlin/actors/actor_dictionaries.h"
#include "dunlin/events/cameo_codes.h"

namespace dunlin::cli {
namespace {

struct DictOptions {
  std::string data_dir = DUNLIN_SOURCE_DIR "/data";
  std::string user_dir;
  std::string text;
  std::string date;
};

void add_common(CLI::App* cmd, DictOptions& o) {
  cmd->add_option("--data", o.data_dir, "Built-in data directory (holds actors/ and events/)")->capture_default_str();
  cmd->add_option("--dict", o.user_dir, "User dictionary directory whose files add to or replace built-in entries");
}

ActorDictionaries load_actors(const DictOptions& o) { return ActorDictionaries::load(o.data_dir + "/actors", o.user_dir); }

int check(const DictOptions& o) {
  const ActorDictionaries d = load_actors(o);
  CameoCodes cameo = CameoCodes::load(o.data_dir + "/events/cameo.tsv");
  if (!o.user_dir.empty() && std::filesystem::exists(o.user_dir + "/cameo.tsv"))
    cameo.merge(CameoCodes::load(o.user_dir + "/cameo.tsv"));
  size_t person_rows = 0, org_rows = 0;
  for (const auto& a : d.people().actors()) person_rows += a.codes.size();
  for (const auto& a : d.organizations().actors()) org_rows += a.codes.size();
  std::cout << "countries.tsv      " << d.countries().entries().size() << " countries, territories and regions\n"
            << "sectors.tsv        " << d.sectors().terms().size() << " sector phrases\n"
            << "people.tsv         " << d.people().actors().size() << " people, " << person_rows << " dated roles\n"
            << "organizations.tsv  " << d.organizations().actors().size() << " organizations, " << org_rows
            << " dated codes\n"
            << "cameo.tsv          " << cameo.codes().size() << " CAMEO codes\n"
            << "matcher            " << d.matcher().phrase_count() << " distinct phrases\n";
  return 0;
}

int find(const DictOptions& o) {
  const ActorDictionaries d = load_actors(o);
  const DateInt date = o.date.empty() ? kNoDate : parse_date(o.date);
  if (!o.date.empty() && date == kNoDate) {
    std::cerr << "dunlin dict find: bad --date '" << o.date << "' (want YYYY-MM-DD)\n";
    return 2;
  }
  // White-space tokens are enough here: the matcher's keys drop punctuation around and inside tokens.
  std::vector<std::string_view> tokens;
  const std::string_view text = o.text;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t e = i;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
    if (e > i) tokens.push_back(text.substr(i, e - i));
    i = e;
  }
  for (const ActorMention& m : d.find_mentions(tokens, date)) {
    std::string surface;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) surface += (surface.empty() ? "" : " ") + std::string(tokens[t]);
    std::cout << surface << '\t' << to_string(m.kind) << '\t' << m.code << (m.partial ? "\tpartial" : "") << '\n';
  }
  return 0;
}

}  // namespace

void add_dict_command(CLI::App& app, int& status) {
  auto opts = std::make_shared<DictOptions>();
  CLI::App* dict = app.add_subcommand("dict", "Check the actor dictionaries and CAMEO table, or find actors in text");
  dict->require_subcommand(1);
  CLI::App* check_cmd = dict->add_subcommand("check", "Load and validate every dictionary file; print entry counts");
  add_common(check_cmd, *opts);
  check_cmd->callback([opts, &status] {
    try {
      status = check(*opts);
    } catch (const DictionaryError& e) {
      std::cerr << "dunlin dict check: " << e.what() << '\n';
      status = 2;
    }
  });
  CLI::App* find_cmd = dict->add_subcommand("find", "Print the actor mentions in TEXT (one per line: text, kind, code)");
  add_common(find_cmd, *opts);
  find_cmd->add_option("text", opts->text, "Text to search")->required();
  find_cmd->add_option("--date", opts->date, "Date the codes apply to (YYYY-MM-DD); default: each actor's latest role");
  find_cmd->callback([opts, &status] {
    try {
      status = find(*opts);
    } catch (const DictionaryError& e) {
      std::cerr << "dunlin dict find: " << e.what() << '\n';
      status = 2;
    }
  });
}

}  // namespace dunlin::cli
