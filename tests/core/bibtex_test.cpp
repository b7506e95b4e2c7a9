// BibTeX: the profile's own entry when given, otherwise a correct one generated from the publication.
#include <doctest/doctest.h>

#include "core/bibtex.h"
#include "core/load.h"

using namespace portfolio;

namespace {
const Profile& Bundled() {
    static const Profile profile = LoadProfileFromFile(std::string(PORTFOLIO_DATA_DIR) + "/profile.json").profile;
    return profile;
}
}  // namespace

TEST_CASE("an arXiv preprint becomes @misc with eprint fields") {
    const std::string bib = MakeBibtex(Bundled().publications[0]);
    CHECK(bib.rfind("@misc{zhao2024realtime,\n", 0) == 0);
    CHECK(bib.find("  title = {{Real-Time Video Generation with Pyramid Attention Broadcast}},\n") != std::string::npos);
    CHECK(bib.find("  author = {Xuanlei Zhao and Xiaolong Jin and Kai Wang and Yang You},\n") != std::string::npos);
    CHECK(bib.find("  eprint = {2408.12588},\n") != std::string::npos);
    CHECK(bib.find("  archivePrefix = {arXiv},\n") != std::string::npos);
    CHECK(bib.find("  month = aug,\n") != std::string::npos);
    CHECK(bib.find("booktitle") == std::string::npos);
    CHECK(bib.compare(bib.size() - 4, 4, "}\n}\n") == 0);  // last field, then the closing brace
    CHECK(bib.find(",\n}") == std::string::npos);  // no trailing comma before the closing brace
}

TEST_CASE("a conference paper becomes @inproceedings with its booktitle; a DOI link gives the doi") {
    const Publication& fastfold = Bundled().publications[4];
    const std::string bib = MakeBibtex(fastfold);
    CHECK(bib.rfind("@inproceedings{cheng2024fastfold,\n", 0) == 0);
    CHECK(bib.find("  booktitle = {PPoPP 2024},\n") != std::string::npos);
    CHECK(bib.find("  doi = {10.1145/3627535.3638465},\n") != std::string::npos);
    CHECK(bib.find("  year = {2024},\n") != std::string::npos);
}

TEST_CASE("special characters are escaped and non-ASCII names give ASCII keys") {
    Publication p;
    p.name = "50% faster: C# & {LaTeX}_x ~ 2^n with $\\alpha$";
    p.authors = {Author{"Zoë Müller-Šimić", false, false}, Author{"Ole Rømer", false, false}};
    p.publisher = "J. Odd & Co";
    p.venue_kind = VenueKind::Journal;
    p.release_date = Date{2021, 0, 0};
    const std::string bib = MakeBibtex(p);
    CHECK(bib.rfind("@article{mullersimic2021faster,\n", 0) == 0);
    CHECK(bib.find("title = {{50\\% faster: C\\# \\& \\{LaTeX\\}\\_x \\~{} 2\\^{}n with \\$\\textbackslash{}alpha\\$}}") != std::string::npos);
    CHECK(bib.find("journal = {J. Odd \\& Co}") != std::string::npos);
    CHECK(bib.find("author = {Zoë Müller-Šimić and Ole Rømer}") != std::string::npos);
    CHECK(bib.find("month") == std::string::npos);
}

TEST_CASE("a BibTeX entry from the profile is used as it is") {
    Publication p;
    p.name = "X";
    p.bibtex = "  @article{given, title={X}}  ";
    CHECK(MakeBibtex(p) == "@article{given, title={X}}\n");
}

TEST_CASE("braces in a link cannot unbalance the entry: they are percent-encoded in url (found by fuzz_profile)") {
    Publication pub;
    pub.name = "Braces";
    pub.url = "https://d{l.acm.org/doi/10.1145/36}27535";
    const std::string bib = MakeBibtex(pub);
    CHECK(bib.find("  url = {https://d%7Bl.acm.org/doi/10.1145/36%7D27535}") != std::string::npos);
    CHECK(bib.find("  doi = {10.1145/36\\}27535},\n") != std::string::npos);
    int depth = 0;
    for (std::size_t i = 0; i < bib.size(); ++i) {
        if (bib[i] == '\\') { ++i; continue; }
        depth += bib[i] == '{' ? 1 : bib[i] == '}' ? -1 : 0;
        CHECK(depth >= 0);
    }
    CHECK(depth == 0);
}
