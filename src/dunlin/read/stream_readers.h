// The streaming readers (JSON Lines, CSV, WARC) that read_inputs calls on an open InputStream. Internal to the
// readers; users call read_inputs (reader.h).
#pragma once

#include <string>

#include "dunlin/read/input_stream.h"
#include "dunlin/read/reader.h"

namespace dunlin {

// One document per line; bad lines are reported (file, line number, byte offset) and skipped.
void read_jsonl_stream(InputStream& in, const std::string& name, const ReadOptions& options,
                       const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats);

// One document per row of a CSV file with a header row; bad rows are reported (file, line, byte offset) and skipped.
void read_csv_stream(InputStream& in, const std::string& name, const ReadOptions& options,
                     const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats);

// One document per WARC response record holding an HTML page; other records are skipped.
void read_warc_stream(InputStream& in, const std::string& name, const ReadOptions& options,
                      const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats);

}  // namespace dunlin
