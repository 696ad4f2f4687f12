// Dates events: an event takes the temporal expression of its own sentence that lies nearest to its verb (so the
// photo caption "X receives Y at Z, December 11, 2017" is a 2017 event in a 2020 story), else the story date.
// Runs after the event coder and the temporal tagger; fills the date fields of Document::events.
#pragma once

#include "dunlin/document.h"

namespace dunlin::time {

class EventDater {
 public:
  void annotate(Document& doc) const;
};

}  // namespace dunlin::time
