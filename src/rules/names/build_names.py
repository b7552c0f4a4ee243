#!/usr/bin/env python3
"""Builds first_names.txt and surnames.txt from public name lists.

Usage: python3 build_names.py NAMES_PKG_DIR FAKER_PKG_DIR
  NAMES_PKG_DIR: the unpacked PyPI package `names` 0.3.0 (its names/ folder holds the
                 US Census 1990 lists dist.male.first, dist.female.first, dist.all.last;
                 public domain).
  FAKER_PKG_DIR: the unpacked wheel of the PyPI package `Faker` 40.54.0 (MIT licence,
                 Copyright (c) 2012 Daniele Faraglia); person providers of the locales below.
The output is committed, so builds need no network. not_names.txt is written by hand.
"""
import importlib
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CENSUS_SURNAMES = 20000
LOCALES = ["en_GB", "en_IE", "ga_IE", "en_IN", "en_PK", "pl_PL", "it_IT", "pt_PT", "ro_RO", "tr_TR",
           "fr_FR", "de_DE", "es_ES", "yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH", "en_KE", "sw",
           "nl_NL", "lt_LT", "lv_LV", "cs_CZ", "sk_SK", "hu_HU", "hr_HR", "sl_SI", "sv_SE", "da_DK",
           "no_NO", "fi_FI", "el_GR", "vi_VN", "en_US", "zu_ZA"]

# Names common in the UK that the sources above miss or spell otherwise.
EXTRA_FIRST = """Aoife Siobhán Siobhan Niamh Saoirse Caoimhe Ciara Clodagh Gráinne Róisín Orla Órla Sinéad Méabh Aisling
Eimear Deirdre Fionnuala Oisín Cian Ciarán Darragh Eoin Pádraig Seán Séamus Tadhg Cathal Dónal Diarmuid Ruairí
Bethan Rhys Gethin Dafydd Siân Sian Catrin Osian Carys Cerys Ffion Gwenllian Gwen Rhiannon Rhian Nia Eleri Elin Angharad
Iwan Ieuan Ifan Huw Emyr Owain Aled Bryn Gareth Glyn Idris Llinos Manon Mali Seren Tomos Tegan Alun Arwel Dewi Dylan
Eilidh Iona Isla Mhairi Morag Kirsty Ailsa Catriona Fraser Hamish Lachlan Callum Ewan Euan Angus Alasdair Ruaridh
Priya Deepak Aisha Ayesha Fatima Zainab Amir Imran Irfan Hamza Bilal Usman Zara Sana Nadia Yasmin Raj Rajesh Sanjay
Anjali Sunita Harpreet Gurpreet Manpreet Jaspreet Simran Navdeep Sandeep Amandeep Arjun Rohan Vikram Nikhil Neha Pooja
Kavita Meera Asha Ravi Suresh Mohammed Muhammad Mohammad Ahmed Ali Hassan Hussain Omar Yusuf Ibrahim Khadija Maryam
Oluwaseun Olumide Chidi Chinedu Chiamaka Ngozi Adaeze Emeka Kwame Kofi Kwabena Ama Abena Akosua Yaw Femi Funmilayo
Tunde Bola Segun Yetunde Folake Nkechi Obinna Ifeoma Tendai Tariq Wei Jing Li Ming Hui Xin Yan Ling Mei Chen
Łukasz Wojciech Agnieszka Małgorzata Katarzyna Krzysztof Paweł Piotr Tomasz Marta Aleksandra Kacper Dawid Jakub
Zoë Zoe Chloë Noémie José Tomás Núria Inés Joaquín Sofía Lucía Andrés Jesús Ramón Óscar""".split()
EXTRA_SURNAMES = """O'Neill O'Donnell O'Brien O'Connor O'Sullivan O'Reilly O'Connell O'Mahony O'Leary O'Callaghan O'Shea
O'Dwyer O'Keeffe O'Halloran O'Rourke O'Hara O'Driscoll McAllister McDonald MacDonald McKenzie Mackenzie McLean MacLean
McGregor MacGregor McLeod MacLeod McKay Mackay McIntosh Mackintosh McCarthy McCann McLaughlin McGuinness McManus
Ní Bhriain Súilleabháin Ó Súilleabháin Mac Giolla
Jones Davies Evans Hughes Llewellyn Llewelyn Pritchard Prosser Powell Price Pugh Parry Bowen Griffiths Rees Rhys
Lloyd Morgan Owen Vaughan Watkins
Patel Shah Khan Begum Hussain Ahmed Ali Chaudhry Choudhury Akhtar Iqbal Malik Qureshi Siddiqui Rahman Raman Varma Sharma
Verma Gupta Singh Kaur Mistry Desai Mehta Joshi Kapoor Chopra Bhatt Nair Menon Pillai Reddy Rao Iyer
Kowalski Kowalska Kowalczyk Nowak Wiśniewski Wiśniewska Wójcik Kamiński Kamińska Lewandowski Lewandowska Zieliński
Zielińska Szymański Woźniak Dąbrowski Dąbrowska Kozłowski Jankowski Mazur Krawczyk
Okafor Okoro Adeyemi Mensah Owusu Asante Boateng Osei Okonkwo Eze Nwosu Adebayo Oyelaran Afolabi Ogunleye""".split()


def latin(name):
    for ch in name:
        if ch in " '-’.":
            continue
        if not ch.isalpha():
            return False
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def title(name):
    name = name.strip().title()
    # McDONALD -> McDonald
    if name.startswith("Mc") and len(name) > 3:
        name = "Mc" + name[2].upper() + name[3:]
    return name


def census(path, limit=None):
    out = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts:
                out.append(title(parts[0]))
            if limit and len(out) >= limit:
                break
    return out


def faker_names(faker_dir):
    sys.path.insert(0, faker_dir)
    first, last = set(), set()
    for loc in LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except Exception:
            continue
        p = mod.Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_romanized_names"):
            for n in getattr(p, attr, ()) or ():
                if isinstance(n, str) and latin(n) and len(n) > 1 and " " not in n:
                    first.add(n.strip())
        for attr in ("last_names", "last_names_male", "last_names_female", "last_romanized_names"):
            for n in getattr(p, attr, ()) or ():
                if isinstance(n, str) and latin(n) and len(n) > 1:
                    last.add(n.strip())
    return first, last


def write(name, header, items):
    items = sorted({i.replace("’", "'") for i in items if i})
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("\n".join(items) + "\n")
    print(name, len(items))


def main():
    names_dir, faker_dir = sys.argv[1], sys.argv[2]
    d = os.path.join(names_dir, "names")
    first = set(census(os.path.join(d, "dist.male.first"))) | set(census(os.path.join(d, "dist.female.first")))
    last = set(census(os.path.join(d, "dist.all.last"), CENSUS_SURNAMES))
    f2, l2 = faker_names(faker_dir)
    first |= f2 | set(EXTRA_FIRST)
    last |= l2 | set(EXTRA_SURNAMES)
    src = ("# Sources: US Census 1990 name lists via the PyPI package `names` 0.3.0 (public domain);\n"
           "# the person providers of the PyPI package `Faker` 40.54.0 (MIT licence, Copyright (c) 2012\n"
           "# Daniele Faraglia), locales: " + " ".join(LOCALES) + ";\n"
           "# and names common in the UK added by the redaction-check project (CC0-1.0).\n"
           "# Built by build_names.py; see README.md.\n")
    write("first_names.txt", "# Given names, one per line.\n" + src, first)
    write("surnames.txt", "# Surnames, one per line.\n" + src, last)


if __name__ == "__main__":
    main()
