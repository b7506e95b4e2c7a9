// BibTeX import (core/bibtex_parse.h): real-world-shaped .bib files under tests/data/bib/ read into
// publications, LaTeX turned into UTF-8, names put in order, and broken entries reported at line:column.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/bibtex_parse.h"
#include "core/text.h"

using namespace portfolio;

namespace {

std::string ReadBib(const std::string& name) {
    std::ifstream in(std::string(PORTFOLIO_TEST_DATA_DIR) + "/bib/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    REQUIRE_FALSE(s.str().empty());
    return s.str();
}

std::vector<std::string> Names(const Publication& p) {
    std::vector<std::string> out;
    for (const Author& a : p.authors) out.push_back(a.name);
    return out;
}

const Diagnostic* FindDiagnostic(const BibtexResult& r, std::string_view fragment) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.message.find(fragment) != std::string::npos) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a Google Scholar export reads into publications with venue, kind, date and arXiv link") {
    const BibtexResult r = ParseBibtex(ReadBib("scholar.bib"), "scholar.bib");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.publications.size() == 3);
    const Publication& lamb = r.publications[0];
    CHECK(lamb.id == "you2019large");
    CHECK(lamb.name == "Large batch optimization for deep learning: Training BERT in 76 minutes");
    CHECK(lamb.authors.size() == 10);
    CHECK(lamb.authors.front().name == "Yang You");
    CHECK(lamb.authors.back().name == "Cho-Jui Hsieh");
    CHECK(lamb.publisher == "arXiv preprint arXiv:1904.00962");
    CHECK(lamb.venue_kind == VenueKind::Preprint);  // Scholar writes preprints as @article with an arXiv journal
    CHECK(lamb.release_date == Date{2019, 0, 0});
    REQUIRE(lamb.links.size() == 1);
    CHECK(lamb.links[0].type == "arxiv");
    CHECK(lamb.links[0].url == "https://arxiv.org/abs/1904.00962");
    CHECK(lamb.url == "https://arxiv.org/abs/1904.00962");
    CHECK(lamb.bibtex.rfind("@article{you2019large,", 0) == 0);
    CHECK(lamb.bibtex.back() == '}');

    const Publication& pab = r.publications[1];
    CHECK(pab.venue_kind == VenueKind::Conference);
    CHECK(pab.publisher == "The Thirteenth International Conference on Learning Representations");
    CHECK(Names(pab) == std::vector<std::string>{"Xuanlei Zhao", "Xiaolong Jin", "Kai Wang", "Yang You"});
    CHECK(pab.links.empty());
    CHECK(pab.url.empty());

    const Publication& thesis = r.publications[2];
    CHECK(thesis.venue_kind == VenueKind::Thesis);
    CHECK(thesis.publisher == "UC Berkeley");
    CHECK(thesis.release_date.year == 2020);
}

TEST_CASE("a DBLP export expands @string macros, # concatenation and month macros") {
    const BibtexResult r = ParseBibtex(ReadBib("dblp.bib"), "dblp.bib");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.publications.size() == 2);
    const Publication& iclr = r.publications[0];
    CHECK(iclr.id == "dblp-conf-iclr-youlrhkbsdkh20");
    CHECK(iclr.name == "Large Batch Optimization for Deep Learning: Training BERT in 76 minutes");  // the line break is a space
    CHECK(iclr.publisher == "8th International Conference on Learning Representations, ICLR 2020, Addis Ababa, Ethiopia, April 26-30, 2020");
    CHECK(iclr.venue_kind == VenueKind::Conference);
    CHECK(iclr.release_date == Date{2020, 4, 0});
    CHECK(iclr.url == "https://openreview.net/forum?id=Syx4wnEtvH");
    CHECK(iclr.authors.size() == 10);
    CHECK(iclr.authors[2].name == "Sashank J. Reddi");
    CHECK(iclr.authors[9].name == "Cho-Jui Hsieh");

    const Publication& corr = r.publications[1];
    CHECK(corr.venue_kind == VenueKind::Preprint);
    CHECK(corr.publisher == "CoRR");
    CHECK(corr.url == "https://doi.org/10.48550/arXiv.2408.12588");  // its own url comes first
    REQUIRE(corr.links.size() == 2);
    CHECK(corr.links[0].type == "doi");
    CHECK(corr.links[0].url == "https://doi.org/10.48550/ARXIV.2408.12588");
    CHECK(corr.links[1].type == "arxiv");
    CHECK(corr.links[1].url == "https://arxiv.org/abs/2408.12588");
}

TEST_CASE("a Zotero BibLaTeX export with accents, odd spacing and a refused link") {
    const BibtexResult r = ParseBibtex(ReadBib("zotero.bib"), "zotero.bib");
    REQUIRE(r.publications.size() == 3);
    const Publication& muller = r.publications[0];
    CHECK(muller.id == "muller-2021");
    CHECK(muller.name == "Über die Energie – eine Studie");
    CHECK(Names(muller) == std::vector<std::string>{"Hans Müller", "Jean-Pierre François", "Søren Østergård", "Antonín Dvořák"});
    CHECK(muller.publisher == "Zeitschrift für Physik");
    CHECK(muller.venue_kind == VenueKind::Journal);
    CHECK(muller.release_date == Date{2021, 5, 3});
    REQUIRE(muller.links.size() == 1);
    CHECK(muller.links[0].url == "https://doi.org/10.1000/xyz_123");  // the doi.org prefix is not doubled
    CHECK(muller.url == "https://doi.org/10.1000/xyz_123");
    CHECK(muller.tags == std::vector<std::string>{"energy", "physics", "étude"});
    CHECK(muller.summary == "We study “energy” flows—fast. 50% of cases & more.");

    const Publication& thesis = r.publications[1];
    CHECK(thesis.name == "On GPUs");
    CHECK(thesis.venue_kind == VenueKind::Thesis);
    CHECK(thesis.publisher == "MIT");
    CHECK(thesis.release_date == Date{2019, 9, 0});

    const Publication& web = r.publications[2];
    CHECK(Names(web) == std::vector<std::string>{"Barnes and Noble", "et al."});
    CHECK(web.url.empty());
    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& refused = r.diagnostics[0];
    CHECK(refused.severity == Severity::Warning);
    CHECK(refused.path == "@online{web2022}");
    CHECK(refused.file == "zotero.bib");
    CHECK(refused.line == 24);
    CHECK(refused.column == 3);
    CHECK(refused.message.find("javascript:alert(1)") != std::string::npos);
}

TEST_CASE("broken entries are reported at their line and column and the good ones around them load") {
    const BibtexResult r = ParseBibtex(ReadBib("broken.bib"), "broken.bib");
    std::vector<std::string> titles;
    for (const Publication& p : r.publications) titles.push_back(p.name);
    CHECK(titles == std::vector<std::string>{"First Good", "Second Good", "Third Good"});
    CHECK(r.publications[0].venue_kind == VenueKind::Workshop);  // a booktitle naming a workshop
    CHECK(r.publications[0].release_date.year == 1843);
    CHECK(r.publications[2].bibtex == "@misc{good3, title = {Third Good}, note = {ok}}");
    REQUIRE(r.diagnostics.size() == 5);
    struct Expected { const char* path; int line, column; const char* fragment; };
    const Expected expected[] = {
        {"@article{broken_missing_brace}", 9, 1, "entry is not closed: no '}' before the next entry at line 13"},
        {"@article{broken_no_equals}", 20, 9, "missing '=' after the field name \"title\""},
        {"@misc", 23, 7, "@misc entry without a key"},
        {"@misc{untitled}", 26, 1, "entry has no title"},
        {"@misc{unterminated}", 28, 11, "unterminated string"},
    };
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        const Diagnostic& d = r.diagnostics[i];
        CHECK(d.severity == Severity::Error);
        CHECK(d.path == expected[i].path);
        CHECK(d.line == expected[i].line);
        CHECK(d.column == expected[i].column);
        CHECK(d.message.find(expected[i].fragment) != std::string::npos);
        CHECK(d.file == "broken.bib");
    }
}

TEST_CASE("comments, preambles, free text, parentheses, nested braces, duplicate keys and unknown types") {
    const BibtexResult r = ParseBibtex(ReadBib("mixed.bib"), "mixed.bib");
    REQUIRE(r.publications.size() == 4);
    const Publication& arxiv = r.publications[0];
    CHECK(arxiv.name == "Deep Nested Braces and Emphasis");
    CHECK(Names(arxiv) == std::vector<std::string>{"Yang You", "et al."});
    CHECK(arxiv.venue_kind == VenueKind::Preprint);
    CHECK(arxiv.publisher == "arXiv");
    CHECK(arxiv.release_date == Date{2024, 1, 0});
    CHECK(arxiv.url == "https://arxiv.org/abs/2401.00001");
    CHECK(arxiv.bibtex.back() == ')');

    const Publication& dup = r.publications[1];
    CHECK(dup.id == "dup");
    CHECK(dup.publisher == "Proc. of Nested");
    REQUIRE(dup.links.size() == 1);
    CHECK(dup.links[0].type == "pdf");
    CHECK(dup.links[0].url == "https://example.com/paper.pdf");

    const Publication& copy = r.publications[2];
    CHECK(copy.name == "Copy");
    CHECK(copy.id == "dup-2");
    CHECK(copy.publisher == "Proc. of Nested 2021");
    CHECK(copy.release_date == Date{2021, 12, 0});

    const Publication& odd = r.publications[3];
    CHECK(odd.venue_kind == VenueKind::Other);
    CHECK_FALSE(odd.release_date.IsSet());

    REQUIRE(r.diagnostics.size() == 3);
    const Diagnostic* duplicate = FindDiagnostic(r, "duplicate key \"DUP\"");
    REQUIRE(duplicate);
    CHECK(duplicate->line == 22);
    CHECK(duplicate->severity == Severity::Warning);
    const Diagnostic* unknown = FindDiagnostic(r, "unknown entry type @unknowntype");
    REQUIRE(unknown);
    CHECK(unknown->line == 28);
    const Diagnostic* year = FindDiagnostic(r, "year \"nineteen\"");
    REQUIRE(year);
    CHECK(year->path == "@unknowntype{odd}");
}

TEST_CASE("LaTeX accents, letters, escapes, dashes and quotes become UTF-8") {
    CHECK(LatexToUtf8(R"({\"u} \"u \'e {\'e} \`a \^o \~n)") == "ü ü é é à ô ñ");
    CHECK(LatexToUtf8(R"(\c{c} \v{s} \u{a} \H{o} \k{a} \={a} \.{z} \r{a})") == "ç š ă ő ą ā ż å");
    CHECK(LatexToUtf8(R"(\c c \v S)") == "ç Š");  // a letter-named accent takes its argument after a space too
    CHECK(LatexToUtf8(R"({\aa} {\AA} {\o} {\O} {\ss} {\ae} {\AE} {\oe} {\l} {\L} {\i} {\j})") == "å Å ø Ø ß æ Æ œ ł Ł ı ȷ");
    CHECK(LatexToUtf8(R"(\aa \o x)") == "åøx");  // TeX eats the spaces after a command word
    CHECK(LatexToUtf8(R"({\ss}e Stra{\ss}e)") == "ße Straße");
    CHECK(LatexToUtf8(R"(\& \% \$ \# \_ \{ \})") == "& % $ # _ { }");
    CHECK(LatexToUtf8("1--2 a---b") == "1–2 a—b");
    CHECK(LatexToUtf8("``quoted''") == "“quoted”");
    CHECK(LatexToUtf8("A~B") == "A B");
    CHECK(LatexToUtf8("{BERT} and {{GPT}}") == "BERT and GPT");
    CHECK(LatexToUtf8(R"(\textbf{Bold} \unknowncmd{kept} $x$)") == "Bold kept x");
    CHECK(LatexToUtf8("  two\n\tlines  ") == "two lines");
    CHECK(LatexToUtf8(R"(\"{}x \'\i)") == "x í");  // an accent with nothing to sit on drops
    CHECK(LatexToUtf8("\\") == "");
    CHECK(LatexToUtf8("a\\\xC3\xA9" "b") == "ab");  // a backslash before a non-ASCII letter drops it whole, never half
}

TEST_CASE("author names are split on 'and' at brace depth 0 and put in First Last order") {
    CHECK(SplitBibtexAuthors("You, Yang and Demmel, James") == std::vector<std::string>{"Yang You", "James Demmel"});
    CHECK(SplitBibtexAuthors("Ludwig van Beethoven AND\n  Wolfgang Amadeus Mozart") ==
          std::vector<std::string>{"Ludwig van Beethoven", "Wolfgang Amadeus Mozart"});
    CHECK(SplitBibtexAuthors("van Beethoven, Ludwig") == std::vector<std::string>{"Ludwig van Beethoven"});
    CHECK(SplitBibtexAuthors("King, Jr, Martin Luther") == std::vector<std::string>{"Martin Luther King Jr"});
    CHECK(SplitBibtexAuthors("{Barnes and Noble} and Ann Lee and others") ==
          std::vector<std::string>{"Barnes and Noble", "Ann Lee", "et al."});
    CHECK(SplitBibtexAuthors("Alexander Andersen and Sandy Anderson") ==
          std::vector<std::string>{"Alexander Andersen", "Sandy Anderson"});  // "and" inside a word does not split
    CHECK(SplitBibtexAuthors("{\\\"U}nal, Ay{\\c{s}}e") == std::vector<std::string>{"Ayşe Ünal"});
    CHECK(SplitBibtexAuthors("  ").empty());
}

TEST_CASE("owner names match the forms author lists use") {
    CHECK(SameName("You, Yang", "Yang You"));
    CHECK(SameName("Y. You", "Yang You"));
    CHECK(SameName("YOU Yang", "Yang You"));
    CHECK(SameName("Yang You", "Y. You"));
    CHECK(SameName("Müller, Hans", "hans muller"));
    CHECK(SameName("J.-P. François", "Jean-Pierre Francois"));
    CHECK_FALSE(SameName("Y. Y.", "Yang You"));    // one word must be whole
    CHECK_FALSE(SameName("Yang Yu", "Yang You"));
    CHECK_FALSE(SameName("K. You", "Yang You"));
    CHECK_FALSE(SameName("Yang You", "Yang"));
}

TEST_CASE("limits: size, brace depth, macro growth and entry count") {
    SUBCASE("a text over max_bytes is refused whole") {
        LoadLimits limits;
        limits.max_bytes = 10;
        const BibtexResult r = ParseBibtex("@misc{a, title={Too long}}", "big.bib", limits);
        CHECK(r.publications.empty());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.find("limit is 10 bytes") != std::string::npos);
    }
    SUBCASE("braces nested past max_depth end the entry, the next one loads") {
        LoadLimits limits;
        limits.max_depth = 8;
        const std::string deep = "@misc{a, title={" + std::string(20, '{') + "x" + std::string(20, '}') + "}}\n@misc{b, title={B}}\n";
        const BibtexResult r = ParseBibtex(deep, "deep.bib", limits);
        REQUIRE(r.publications.size() == 1);
        CHECK(r.publications[0].name == "B");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.find("nested more than 8 deep") != std::string::npos);
    }
    SUBCASE("a macro doubled on itself is cut at max_string_bytes") {
        LoadLimits limits;
        limits.max_string_bytes = 1000;
        std::string text = "@string{a = \"0123456789\"}\n";
        for (int i = 0; i < 40; ++i) text += "@string{a = a # a}\n";
        text += "@misc{m, title = a}\n";
        const BibtexResult r = ParseBibtex(text, "grow.bib", limits);
        REQUIRE(r.publications.size() == 1);
        CHECK(r.publications[0].name.size() == 1000);
        CHECK(FindDiagnostic(r, "cut to 1000 bytes"));
    }
    SUBCASE("entries past max_items are not read") {
        LoadLimits limits;
        limits.max_items = 2;
        const BibtexResult r = ParseBibtex("@misc{a,title={A}}\n@misc{b,title={B}}\n@misc{c,title={C}}\n", "many.bib", limits);
        CHECK(r.publications.size() == 2);
        CHECK(FindDiagnostic(r, "more than 2 entries"));
    }
    SUBCASE("authors past max_items are not read") {
        LoadLimits limits;
        limits.max_items = 3;
        const BibtexResult r = ParseBibtex("@misc{a, title={A}, author={A and B and C and D and E}}", "authors.bib", limits);
        REQUIRE(r.publications.size() == 1);
        CHECK(Names(r.publications[0]) == std::vector<std::string>{"A", "B", "C"});
        CHECK(FindDiagnostic(r, "names 5 authors; only the first 3 are read"));
    }
}

TEST_CASE("odd input: unknown macros, Latin-1 bytes, an '@' in free text, an entry cut by the end of the file") {
    SUBCASE("an unknown macro reads as empty with a warning") {
        const BibtexResult r = ParseBibtex("@article{a, title={T}, journal = nowhere}", "m.bib");
        REQUIRE(r.publications.size() == 1);
        CHECK(r.publications[0].publisher.empty());
        const Diagnostic* d = FindDiagnostic(r, "unknown @string macro \"nowhere\"");
        REQUIRE(d);
        CHECK(d->column == 34);
    }
    SUBCASE("Latin-1 bytes are read as Latin-1") {
        const BibtexResult r = ParseBibtex("@misc{a, title={Caf\xE9}}", "l.bib");
        REQUIRE(r.publications.size() == 1);
        CHECK(r.publications[0].name == "Café");
        CHECK(IsValidUtf8(r.publications[0].bibtex));
        CHECK(FindDiagnostic(r, "not UTF-8"));
    }
    SUBCASE("the end of the file inside an entry") {
        const BibtexResult r = ParseBibtex("@misc{a, title={A}}\n@misc{b, title={B},", "cut.bib");
        CHECK(r.publications.size() == 1);
        const Diagnostic* d = FindDiagnostic(r, "before the end of the file");
        REQUIRE(d);
        CHECK(d->line == 2);
    }
    SUBCASE("an empty text holds nothing and says nothing") {
        const BibtexResult r = ParseBibtex("", "empty.bib");
        CHECK(r.publications.empty());
        CHECK(r.diagnostics.empty());
    }
}
