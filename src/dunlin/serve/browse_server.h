// `dunlin serve`: a read-only web view of an event store for analysts. Pages (HTML): the events that match a filter,
// one event with every mention's evidence sentence highlighted (source, action, target, date, place) and who claims
// it, a dyad's time series by quad class, quotes by speaker, the most active actors. The same data as JSON under
// /api/ for scripts. See docs/browse.md.
//
//   BrowseServer server("dunlin.db", cameo_codes);
//   const int port = server.bind("127.0.0.1", 8080);  // 0: any free port
//   server.run();                                     // until stop() (from another thread or a signal handler)
//
// Each request opens the store read-only for itself, so requests run in parallel on the server's threads and see
// what an ingest running at the same time has committed.
#pragma once

#include <memory>
#include <string>

#include "dunlin/events/cameo_codes.h"

namespace dunlin::serve {

class BrowseServer {
 public:
  // `db`: an SQLite file or a PostgreSQL URI (store/store.h). `codes`: CAMEO code names for the pages.
  BrowseServer(std::string db, CameoCodes codes);
  ~BrowseServer();
  BrowseServer(const BrowseServer&) = delete;
  BrowseServer& operator=(const BrowseServer&) = delete;

  // Binds the listening socket; returns the port (the one chosen when `port` is 0). Throws std::runtime_error
  // naming the address when it cannot bind.
  int bind(const std::string& host, int port);
  void run();   // serves requests until stop(); call after bind()
  void stop();  // safe from another thread, also before run() has begun listening (run() then returns at once)

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dunlin::serve
