#!/usr/bin/env python3
"""Tests of scripts/build_corpus.py: the stand-in unpickler runs nothing from a file, held-back lists are read,
the split is the issue's, MUC dates and headers are read. Run: python3 scripts/test_build_corpus.py"""
import datetime
import os
import pickle
import sys
import types
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_corpus as bc  # noqa: E402


class Evil:
    def __reduce__(self):
        return (os.system, ("echo this must never run",))


class StandInUnpicklerTest(unittest.TestCase):
    def test_code_in_a_pickle_is_refused(self):
        with self.assertRaises(pickle.UnpicklingError):
            bc.unpickle(pickle.dumps(Evil(), protocol=3))

    def test_a_news_item_is_read_as_plain_data(self):
        module = types.ModuleType("classes")

        NewsItem = type("NewsItem", (), {"__module__": "classes", "__qualname__": "NewsItem"})
        module.NewsItem = NewsItem
        sys.modules["classes"] = module
        try:
            item = NewsItem()
            item.__dict__.update({"title": "T", "dct": datetime.date(2014, 1, 28), "content": "Text", "uri": "u"})
            data = pickle.dumps(item, protocol=3)
        finally:
            del sys.modules["classes"]
        read = bc.unpickle(data)
        self.assertIsInstance(read, bc.NewsItem)
        self.assertEqual(read.state["dct"], datetime.date(2014, 1, 28))
        self.assertEqual(read.state["content"], "Text")


class CorpusRulesTest(unittest.TestCase):
    def test_split_is_the_last_hex_digit_of_sha256(self):
        for incident in ["101301", "476321", "DEV-MUC3-0001"]:
            expected = "test" if bc.sha(incident)[-1] in "0123" else "tune"
            self.assertEqual(bc.split_of(incident), expected)

    def test_muc_dates(self):
        self.assertEqual(bc.muc_date("30 DEC 89"), "1989-12-30")
        self.assertEqual(bc.muc_date("- 08 JAN 90"), "1990-01-08")
        self.assertIsNone(bc.muc_date("*"))

    def test_muc_headers_with_and_without_a_source(self):
        text = "DEV-MUC3-0001 (NOSC)\n\n   BODY ONE\n\nTST1-MUC3-0002\n\n   BODY TWO\n"
        self.assertEqual([m.group(1) for m in bc.MUC_HEADER.finditer(text)], ["DEV-MUC3-0001", "TST1-MUC3-0002"])

    def test_held_back_lists_are_read(self):
        shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
        if not os.path.exists(os.path.join(shared, "held-back.md")):
            self.skipTest("../shared is not beside the project")
        hb = bc.held_back(shared)
        self.assertIn("511436", hb["gva"])
        self.assertEqual({8, 41}, hb["ecb"])
        self.assertTrue(len(hb["muc"]) > 300)
        self.assertIn("wiki_ied_bombings_1_", hb["wiki"])

    def test_french_pages_about_the_held_back_countries_are_known(self):
        shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
        if not os.path.exists(os.path.join(shared, "gazetteer", "geonames-cities15000.txt")):
            self.skipTest("../shared/gazetteer is not beside the project")
        held = bc.held_back_names(shared)
        for text in ("Une attaque a fait dix morts près de Ouagadougou.", "L'armée malienne a riposté.",
                     "Des soldats nigériens ont été tués.", "Dans la région de Tillabéri, jeudi."):
            self.assertIsNotNone(held.search(text), text)
        # controls: a province named by a compass point, and Nigeria, are not the held-back countries
        for text in ("Une attaque dans le Nord-Kivu a fait dix morts.", "Dans le Sud-Ouest du Cameroun.",
                     "Boko Haram a frappé au Nigeria."):
            self.assertIsNone(held.search(text), text)


if __name__ == "__main__":
    unittest.main()
