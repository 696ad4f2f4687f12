// dunlin gazetteer build: compiles data/place/gazetteer.bin from GeoNames cities (TSV), ISO 3166 (iso-codes
// JSON) and data/place/*.tsv. dunlin gazetteer lookup: candidates and the resolved place for names.
#include <chrono>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "dunlin/place/gazetteer.h"

namespace dunlin::cli {

void add_gazetteer_command(CLI::App& app, int& status) {
  struct Options {
    std::string cities, iso_codes = "/usr/share/iso-codes/json", data = std::string(DUNLIN_SOURCE_DIR) + "/data/place";
    std::string out = std::string(DUNLIN_SOURCE_DIR) + "/data/place/gazetteer.bin";
    std::string gazetteer = std::string(DUNLIN_SOURCE_DIR) + "/data/place/gazetteer.bin";
    std::vector<std::string> names, countries;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("gazetteer", "Build or query the place gazetteer");
  cmd->require_subcommand(1);

  CLI::App* build = cmd->add_subcommand("build", "Compile the binary gazetteer from its sources");
  build->add_option("--cities", o->cities, "GeoNames cities TSV (scripts/dump-cities.js)")->required();
  build->add_option("--iso-codes", o->iso_codes, "Folder with iso_3166-1.json and iso_3166-2.json")->capture_default_str();
  build->add_option("--data", o->data, "Folder with extra-places.tsv, alternate-names.tsv, demonyms.tsv")->capture_default_str();
  build->add_option("-o,--output", o->out, "Output file")->capture_default_str();
  build->callback([o, &status] {
    try {
      place::GazetteerBuilder b;
      b.add_iso_codes(o->iso_codes);
      b.add_cities_tsv(o->cities);
      b.add_extra_places_tsv(o->data + "/extra-places.tsv");
      auto unresolved = b.add_alternate_names_tsv(o->data + "/alternate-names.tsv");
      for (auto& u : b.add_demonyms_tsv(o->data + "/demonyms.tsv")) unresolved.push_back(std::move(u));
      for (const auto& u : unresolved) std::cerr << "dunlin gazetteer build: warning: " << u << '\n';
      const std::string bytes = b.serialize();
      std::ofstream out(o->out, std::ios::binary);
      if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        throw std::runtime_error(o->out + ": cannot write");
      std::cerr << "dunlin gazetteer build: wrote " << o->out << ": " << b.size() << " places, " << bytes.size()
                << " bytes\n";
      status = 0;
    } catch (const std::exception& e) {
      std::cerr << "dunlin gazetteer build: error: " << e.what() << '\n';
      status = 2;
    }
  });

  CLI::App* lookup = cmd->add_subcommand("lookup", "Print the candidates and the resolved place of each name");
  lookup->add_option("names", o->names, "Place names")->required();
  lookup->add_option("--countries", o->countries, "ISO codes of the countries the article mentions");
  lookup->add_option("--gazetteer", o->gazetteer, "The binary gazetteer")->capture_default_str();
  lookup->callback([o, &status] {
    try {
      const auto t0 = std::chrono::steady_clock::now();
      const auto g = place::GeoNamesGazetteer::load(o->gazetteer);
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      std::cerr << "loaded " << g.size() << " places, " << g.key_count() << " names in " << ms << " ms\n";
      for (const auto& name : o->names) {
        std::cout << name << ":\n";
        for (const auto& p : g.lookup(name))
          std::cout << "  " << p.name << " [" << place::to_string(p.kind) << "] " << p.country << " " << p.subdivision
                    << " pop " << p.population << (p.has_coordinates ? " @ " + std::to_string(p.lat) + "," + std::to_string(p.lon) : "")
                    << '\n';
        if (const auto m = g.resolve(name, o->countries))
          std::cout << "  => " << m->place.name << " (" << m->place.country << ")"
                    << (m->direction != place::Direction::none ? std::string(" part: ") + place::to_string(m->direction) : "")
                    << '\n';
        else
          std::cout << "  => not found\n";
      }
      status = 0;
    } catch (const std::exception& e) {
      std::cerr << "dunlin gazetteer lookup: error: " << e.what() << '\n';
      status = 2;
    }
  });
}

}  // namespace dunlin::cli
