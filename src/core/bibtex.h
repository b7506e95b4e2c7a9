// Citations: the BibTeX the profile gives for a publication, or one generated correctly from it.
#pragma once

#include <string>

#include "core/profile.h"

namespace portfolio {

// Type from the venue kind (@inproceedings, @article, @misc for preprints with eprint fields, ...),
// a stable key (first author's family name + year + first title word), authors joined with "and",
// title in braces to keep its capitals, and LaTeX special characters escaped in every field.
std::string MakeBibtex(const Publication& publication);
// Escapes \ { } $ & % # _ ^ ~ for a BibTeX field value.
std::string EscapeBibtex(std::string_view text);

}  // namespace portfolio
