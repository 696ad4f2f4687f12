// CSV records (RFC 4180): quoted fields may hold commas, line breaks and doubled quotes; line ends are \n, \r\n
// or \r. A streaming record reader (used by the CSV document reader) and a whole-file reader for small tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dunlin/read/input_stream.h"

namespace dunlin {

struct CsvRecord {
  std::vector<std::string> fields;
  size_t line = 0;     // physical line (1-based) where the record starts
  int64_t offset = 0;  // byte offset of its start
  std::string error;   // set when the record is malformed
  bool too_long = false;  // the record has more than max_bytes of fields (they are cut)
};

// Splits a stream into CSV records.
class CsvRecordReader {
 public:
  CsvRecordReader(InputStream& in, size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

  // The next record; false at the end of the data.
  bool next(CsvRecord& r);

 private:
  InputStream& in_;
  size_t max_bytes_;
  size_t line_ = 1;
};

// Every record of the file at `path` (gzip undone) after its header row. Throws std::runtime_error naming the file
// and line when it cannot be read or a record is malformed.
std::vector<std::vector<std::string>> read_csv_file(const std::string& path);

}  // namespace dunlin
