// Where dunlin finds its data files (data/...) and models (models/...): one rule for every stage.
//
// A resource is named by its path relative to the dunlin root, e.g. "data/segment/abbreviations.txt". It is looked
// up, in order, under:
//   1. $DUNLIN_HOME, when set (an installed copy of the repository's data/ and models/ folders);
//   2. the folder above the running executable and the executable's own folder (build/dunlin finds repo/data);
//   3. the source tree dunlin was built from (so tests and uninstalled builds work from anywhere).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace dunlin {

class ResourceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The first existing path for `relative` in the order above; throws ResourceError listing the places searched.
std::filesystem::path find_resource(const std::string& relative);

}  // namespace dunlin
