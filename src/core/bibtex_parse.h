// BibTeX import: a .bib text (Google Scholar, DBLP, Zotero exports) read into Publications, with a
// diagnostic at line:column for every entry it cannot use. Our own small parser: never throws, never aborts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/load.h"
#include "core/profile.h"

namespace portfolio {

struct BibtexResult {
    std::vector<Publication> publications;  // in file order; each has a title, an id (the key, slugified) and its entry text
    std::vector<Diagnostic> diagnostics;    // path "@type{key}" (or "$"), line:column in the .bib text, file = the name given
};

// Entries: article, inproceedings/conference, misc (arXiv eprints), phdthesis/mastersthesis,
// book/incollection/inbook, techreport, unpublished; other types are read as VenueKind::Other with a
// warning. @comment and @preamble are skipped, @string macros (and jan..dec) are expanded where they
// are defined, so expansion cannot loop. A malformed entry is reported and skipped: reading resumes at
// the next '@' that starts a line. Limits: max_bytes for the text, max_items entries and macros,
// max_string_bytes for any value, max_depth for brace nesting.
BibtexResult ParseBibtex(std::string_view text, std::string_view file = "references.bib", const LoadLimits& limits = {});

// LaTeX in a field value to UTF-8 text: accents (\"u, {\'e}, \c{c}, \v{s}...), letters (\ss, \o, \aa...),
// escapes (\& \% \$ \# \_ \{ \}), -- and --- as dashes, `` '' as curly quotes, ~ as a space; braces and
// $ are dropped; an unknown command loses its name and keeps its argument's text. Whitespace is collapsed.
std::string LatexToUtf8(std::string_view latex);

// An author field split on "and" at brace depth 0, each name in "First von Last" order as UTF-8
// ("Müller, Hans" -> "Hans Müller", "King, Jr, Martin" -> "Martin King Jr"). "others" is kept as the
// marker "et al." so a list cut short says so.
std::vector<std::string> SplitBibtexAuthors(std::string_view field);

}  // namespace portfolio
