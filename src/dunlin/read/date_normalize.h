// Normalizes the date strings found in news pages and feeds to ISO 8601.
#pragma once

#include <string>
#include <string_view>

namespace dunlin {

// Returns the date as "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+hh:mm"/"-hh:mm" when a time
// (and zone) is given; a time without a zone is kept without one. Fractions of seconds are dropped. Returns ""
// when `text` is not a date it recognizes or names an impossible date (2021-02-30, hour 25).
//
// Accepted forms (case-insensitive, surrounding white space ignored):
//   ISO 8601 / RFC 3339: 2020-05-11, 2020-05-11T09:30, 2020-05-11T09:30:00.123Z, 2020-05-11 09:30:00+0200,
//                        20200511, 2020/05/11
//   RFC 1123 / 822:      Mon, 11 May 2020 09:30:00 GMT (zones GMT, UTC, UT, Z, +hhmm, EST/EDT/CST/CDT/MST/MDT/
//                        PST/PDT)
//   Written dates:       May 11, 2020; May 11 2020; 11 May 2020; Monday, May 11th, 2020; Sept. 3, 2021 4:05 pm;
//                        11 May 2020 09:30 UTC
std::string normalize_date(std::string_view text);

}  // namespace dunlin
