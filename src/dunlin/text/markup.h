// Escaping text for HTML and XML (the browse pages of dunlin serve, the GraphML of dunlin network).
#pragma once

#include <string>
#include <string_view>

namespace dunlin {

// Text made safe inside an element or a quoted attribute of HTML or XML (& < > " ').
std::string html_escape(std::string_view text);

}  // namespace dunlin
