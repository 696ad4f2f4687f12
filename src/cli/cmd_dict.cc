// `dunlin dict`: check the actor, event and attribution dictionaries (built-in data plus a user directory), look
// up the actors a piece of text mentions on a date, and code actor noun phrases.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "dunlin/actors/actor_dictionaries.h"
#include "dunlin/attribution/attribution_cues.h"
#include "dunlin/events/cameo_codes.h"
#include "dunlin/events/event_coder.h"

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

std::vector<std::string_view> split_white(std::string_view text);

int check(const DictOptions& o) {
  const ActorDictionaries d = load_actors(o);
  CameoCodes cameo = CameoCodes::load(o.data_dir + "/events/cameo.tsv");
  if (!o.user_dir.empty() && std::filesystem::exists(o.user_dir + "/cameo.tsv"))
    cameo.merge(CameoCodes::load(o.user_dir + "/cameo.tsv", false));
  const EventCoder coder = EventCoder::load(o.data_dir + "/events", o.user_dir);
  const AttributionCues cues = AttributionCues::load(o.data_dir + "/attribution", o.user_dir);
  size_t person_rows = 0, org_rows = 0;
  for (const auto& a : d.people().actors()) person_rows += a.codes.size();
  for (const auto& a : d.organizations().actors()) org_rows += a.codes.size();
  std::cout << "countries.tsv      " << d.countries().entries().size() << " countries, territories and regions\n"
            << "sectors.tsv        " << d.sectors().terms().size() << " sector phrases\n"
            << "people.tsv         " << d.people().actors().size() << " people, " << person_rows << " dated roles\n"
            << "organizations.tsv  " << d.organizations().actors().size() << " organizations, " << org_rows
            << " dated codes\n"
            << "cameo.tsv          " << cameo.codes().size() << " CAMEO codes\n"
            << "verb_frames.tsv    " << coder.frames().size() << " verb and noun frames (with complement_verbs.tsv, "
            << "modality_codes.tsv)\n"
            << "cues.tsv           " << cues.size() << " attribution cues (with anonymity.tsv)\n"
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
  const std::vector<std::string_view> tokens = split_white(o.text);
  for (const ActorMention& m : d.find_mentions(tokens, date)) {
    std::string surface;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) {
      if (!surface.empty()) surface += ' ';
      surface += tokens[t];
    }
    std::cout << surface << '\t' << to_string(m.kind) << '\t' << m.code << (m.partial ? "\tpartial" : "") << '\n';
  }
  return 0;
}

std::vector<std::string_view> split_white(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    size_t e = i;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' && text[e] != '\r') ++e;
    if (e > i) tokens.push_back(text.substr(i, e - i));
    i = e;
  }
  return tokens;
}

// One actor phrase a line ("phrase" or "phrase<TAB>YYYY-MM-DD"); prints a line "country<TAB>sector<TAB>
// PLOVER country<TAB>PLOVER sector" for each.
int code_lines(const DictOptions& o) {
  const ActorDictionaries d = load_actors(o);
  const DateInt default_date = o.date.empty() ? kNoDate : parse_date(o.date);
  if (!o.date.empty() && default_date == kNoDate) {
    std::cerr << "dunlin dict code: bad --date '" << o.date << "' (want YYYY-MM-DD)\n";
    return 2;
  }
  std::string line;
  size_t line_number = 0;
  int status = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    std::string_view phrase = line;
    DateInt date = default_date;
    if (const size_t tab = phrase.find('\t'); tab != std::string_view::npos) {
      const std::string_view date_text = phrase.substr(tab + 1);
      phrase = phrase.substr(0, tab);
      if (!date_text.empty() && (date = parse_date(date_text)) == kNoDate) {
        std::cerr << "-:" << line_number << ": bad date '" << date_text << "'\n";
        status = 1;
        date = default_date;
      }
    }
    const PhraseCode c = d.code_phrase(split_white(phrase), date);
    std::cout << c.country << '\t' << c.sector << '\t' << c.plover_country << '\t' << plover_sector(c.sector) << '\n';
  }
  return status;
}

}  // namespace

void add_dict_command(CLI::App& app, int& status) {
  auto opts = std::make_shared<DictOptions>();
  CLI::App* dict =
      app.add_subcommand("dict", "Check the actor, event and attribution dictionaries, or find actors in text");
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
  CLI::App* code_cmd = dict->add_subcommand(
      "code", "Code actor noun phrases read one a line from standard input (\"phrase\" or \"phrase<TAB>date\"); "
              "prints \"country sector plover-country plover-sector\" (tab-separated) a line");
  add_common(code_cmd, *opts);
  code_cmd->add_option("--date", opts->date, "Date for lines without one (YYYY-MM-DD); default: latest roles");
  code_cmd->callback([opts, &status] {
    try {
      status = code_lines(*opts);
    } catch (const DictionaryError& e) {
      std::cerr << "dunlin dict code: " << e.what() << '\n';
      status = 2;
    }
  });
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
