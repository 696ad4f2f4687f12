// Read throughput of the JSON Lines and WARC readers on generated input (50 MB of JSON Lines; a per-record gzip
// WARC of HTML pages), through read_inputs as the CLI uses it. Reports input MB/s (uncompressed bytes for WARC
// under "bytes_per_second" and compressed size in the counter "gz_MB").
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "dunlin/read/reader.h"

namespace {

// Sentences built from a small vocabulary written for this benchmark.
std::string sentence(std::mt19937& rng) {
  static const char* kSubjects[] = {"The minister", "Protesters", "The council", "Border guards", "The union",
                                    "Officials in Marvia", "The central bank", "Rebel leaders"};
  static const char* kVerbs[] = {"met with", "criticized", "signed an agreement with", "accused", "praised",
                                 "threatened", "negotiated with", "called on"};
  static const char* kObjects[] = {"the opposition", "foreign envoys", "the regional government", "dock workers",
                                   "the election commission", "neighbouring states", "the press"};
  std::string s = kSubjects[rng() % 8];
  s += ' ';
  s += kVerbs[rng() % 8];
  s += ' ';
  s += kObjects[rng() % 7];
  s += " on Tuesday, according to a statement.";
  return s;
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dunlin-bench-" + std::to_string(getpid()) + "-" + name)).string();
}

std::string gzip_member(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

void run_reader(benchmark::State& state, const std::string& path, double raw_bytes) {
  size_t docs = 0;
  for (auto _ : state) {
    const dunlin::ReadStats stats = dunlin::read_inputs(
        {path}, {}, [&](dunlin::Document&& d) { benchmark::DoNotOptimize(d.text.data()); }, {});
    docs = stats.documents;
  }
  state.SetBytesProcessed(static_cast<int64_t>(raw_bytes) * state.iterations());
  state.counters["docs"] = static_cast<double>(docs);
  state.counters["input_MB"] = raw_bytes / 1e6;
}

void BM_ReadJsonl50MB(benchmark::State& state) {
  const std::string path = temp_path("50mb.jsonl");
  std::mt19937 rng(7);
  size_t bytes = 0;
  {
    std::ofstream out(path, std::ios::binary);
    for (size_t i = 0; bytes < 50'000'000; ++i) {
      std::string text;
      for (int s = 0; s < 12; ++s) text += sentence(rng) + (s % 4 == 3 ? "\\n\\n" : " ");
      const std::string line = "{\"id\": \"doc" + std::to_string(i) + "\", \"title\": \"Report " + std::to_string(i) +
                               "\", \"date\": \"2021-03-04\", \"text\": \"" + text + "\"}\n";
      out << line;
      bytes += line.size();
    }
  }
  run_reader(state, path, static_cast<double>(bytes));
  std::filesystem::remove(path);
}
BENCHMARK(BM_ReadJsonl50MB)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReadWarcGz(benchmark::State& state) {
  const std::string path = temp_path("pages.warc.gz");
  std::mt19937 rng(11);
  size_t raw = 0, compressed = 0;
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 4000; ++i) {
      std::string page =
          "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report " + std::to_string(i) +
          " - Bench Wire</title><meta property='og:site_name' content='Bench Wire'>"
          "<meta property='article:published_time' content='2021-03-04T08:00:00Z'>"
          "<script>var tracking = {id: " + std::to_string(i) + "};</script><style>p{margin:0}</style></head><body>"
          "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav></header>"
          "<main><article><h1>Report " + std::to_string(i) + "</h1>";
      for (int p = 0; p < 10; ++p) page += "<p>" + sentence(rng) + " " + sentence(rng) + " " + sentence(rng) + "</p>";
      page += "<aside class='related'><ul><li><a href='/a'>Another report</a></li></ul></aside></article></main>"
              "<footer><p>Bench Wire, all rights reserved.</p></footer></body></html>";
      const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                               std::to_string(page.size()) + "\r\n\r\n" + page;
      const std::string request = "GET /r" + std::to_string(i) + " HTTP/1.1\r\nHost: bench.example\r\n\r\n";
      for (const auto& [type, block] : {std::pair<std::string, std::string>{"request", request}, {"response", http}}) {
        const std::string record = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + type +
                                   std::to_string(i) + ">\r\nWARC-Date: 2021-03-05T00:00:00Z\r\n"
                                   "WARC-Target-URI: https://bench.example/r" + std::to_string(i) +
                                   "\r\nContent-Type: application/http; msgtype=" + type + "\r\nContent-Length: " +
                                   std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
        const std::string member = gzip_member(record);
        out << member;
        raw += record.size();
        compressed += member.size();
      }
    }
  }
  run_reader(state, path, static_cast<double>(raw));
  state.counters["gz_MB"] = static_cast<double>(compressed) / 1e6;
  std::filesystem::remove(path);
}
BENCHMARK(BM_ReadWarcGz)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
