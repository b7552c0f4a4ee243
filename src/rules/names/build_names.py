#!/usr/bin/env python3
"""Builds first_names.txt, surnames.txt and not_names.txt in this folder.

Usage:
    python3 build_names.py NAMES_PKG_DIR FAKER_PKG_DIR [--sources]

  NAMES_PKG_DIR  the unpacked sdist of the PyPI package `names` 0.3.0; its names/ folder
                 holds the US Census 1990 lists dist.male.first, dist.female.first and
                 dist.all.last (public domain).
  FAKER_PKG_DIR  a folder holding the `faker` package of the PyPI package `Faker` 40.54.0
                 (MIT licence, Copyright (c) 2012 Daniele Faraglia), e.g. the unpacked
                 wheel or `pip install --target DIR faker==40.54.0`. Only the plain data
                 tuples of its person providers are read (the modules are imported).
  --sources      also print, for every entry, which source(s) gave it (for auditing).

The output is committed, so building redaction-check needs neither network nor Python.
The hand-written lists below (names common in the UK that the sources miss, the words to
drop and all of not_names.txt) are the redaction-check project's own work (CC0-1.0).
"""
import importlib
import os
import sys
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

NAMES_VERSION = "0.3.0"
FAKER_VERSION = "40.54.0"

# The census lists ranked by frequency: first names, male and female merged by their
# share of the population (the female list is long and its tail is noise); surnames.
CENSUS_FIRST = 4500
CENSUS_SURNAMES = 18000

# Faker person locales whose Latin-script names are common among people living in the UK.
FIRST_LOCALES = [
    "en_GB", "en_IE", "ga_IE", "en_US", "en_IN", "en_PK", "pl_PL", "lt_LT", "lv_LV", "ro_RO",
    "hu_HU", "it_IT", "pt_PT", "pt_BR", "es_ES", "fr_FR", "de_DE",
    "tr_TR", "yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH", "zh_CN",
]
LAST_LOCALES = FIRST_LOCALES + ["zh_TW"]
FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
               "first_romanized_names")
# Sources whose names with diacritics also get their ASCII spelling.
FOLD_FIRST = {"extra", "en_IE", "ga_IE", "pl_PL", "lt_LT", "ro_RO", "pt_PT", "pt_BR", "es_ES",
              "fr_FR", "it_IT", "tr_TR"}
FOLD_LAST = {"extra", "en_IE", "pl_PL", "lt_LT", "ro_RO", "pt_PT"}
LAST_ATTRS = ("last_names", "last_names_male", "last_names_female", "male_last_names",
              "unisex_last_names", "last_romanized_names")

# --- Hand-written additions (CC0-1.0) -------------------------------------------------

EXTRA_FIRST = """
# Irish
Aoife Aoibhe Aoibheann Aoibhinn Ailbhe Áine Aine Aisling Ashling Bláthnaid Blathnaid Bríd Brid
Brídín Caoimhe Ciara Clíodhna Cliodhna Clodagh Dearbhla Deirbhile Éabha Eabha Eimear Emer Éile
Fionnuala Fionnghuala Gráinne Grainne Laoise Máire Maire Máiréad Mairead Muireann Méabh Meabh
Meadhbh Maeve Niamh Nuala Órla Orla Orlaith Róisín Roisin Rónán Saoirse Sadhbh Síle Sile
Sinéad Sinead Siobhán Siobhan Sorcha Úna Una Treasa Caitríona Caitriona Doireann Éadaoin
Cian Cillian Ciarán Ciaran Colm Conall Conor Connor Cormac Darragh Dara Dáithí Daithi Diarmuid
Dónal Donal Donnacha Donncha Eoghan Eoin Éamon Eamon Éamonn Eamonn Enda Fearghal Feargal Fergal
Fiachra Fionn Lorcan Micheál Mícheál Oisín Oisin Pádraig Padraig Peadar Proinsias Ruairí
Ruairi Rory Ronan Seán Sean Séamus Seamus Senan Tadhg Tomás Turlough Cathal Colmán Odhrán Odhran
# Welsh
Angharad Alaw Alys Anwen Arianwen Bethan Bronwen Bronwyn Carys Catrin Cerys Cerian Ceri Eira
Eirlys Eleri Elin Elinor Ffion Ffraid Glesni Gwen Gwenda Gwenllian Gwenno Gwyneth Heledd Lowri
Llinos Lleucu Mali Manon Megan Meinir Mererid Morfudd Nia Nerys Non Rhiannon Rhian Rhianwen
Seren Siân Sian Sioned Tegan Tirion Mari Mair Buddug Enfys Gwawr
Aled Alun Aneirin Arwel Bryn Cai Caradog Cledwyn Dafydd Dai Deiniol Dewi Dylan Elis Emlyn Emrys
Emyr Geraint Gethin Glyn Gruffudd Gruffydd Guto Gwilym Gwion Hywel Huw Idris Ieuan Ifan Iestyn
Ioan Iolo Iwan Llŷr Llyr Meirion Meilyr Morgan Owain Osian Peredur Rhodri Rhun Rhydian Rhys
Steffan Taliesin Tomos Trystan Tudur Wyn Macsen Elgan Gareth Gwyn Carwyn Ianto Dyfan
# Scottish
Ailsa Eilidh Iona Isla Isobel Kirsty Kirstie Mhairi Morag Catriona Marsaili Seonaid Shona
Alasdair Alastair Alistair Angus Calum Callum Euan Ewan Fraser Fergus Hamish Iain Lachlan
Murdo Ruaridh Ruairidh Struan Torquil Finlay Innes Gregor Ross Craig Kenzie
# Modern UK given names (ONS top names) the census lists lack
Aurora Ava Ayla Bonnie Darcie Darcey Eden Elodie Esme Evie Freya Hallie Harper Isla Ivy Lola
Luna Maisie Margot Mila Myla Nova Orla Ottilie Poppy Rosie Sienna Willow Wren Ada Thea Elsie
Albie Alfie Archie Arlo Arthur Bodhi Caleb Ezra Finley Frankie Freddie Harley Hudson Jaxon
Jenson Jude Kai Leo Lenny Louie Mason Milo Ollie Reggie Ronnie Rory Teddy Theo Tommy Zachary
# British given names the census lists lack
Imogen Philippa Pippa Piers Tamsin Tamsyn Jemima Keeley Kerys Saffron Verity Honor Barnaby
Crispin Jolyon Rafferty Kian Jayden Arabella Araminta Cressida Fenella Hermione Montague
Perdita Persephone Romilly Rosamund Tallulah Tarquin Tristram Venetia Xanthe Eluned Heulwen
Tegwen Meic Casimir Septimus Rollo Wilf Reg Gaynor Lowenna Morwenna Demelza Kerensa Elowen
Senara Ishbel Toyah Jem Florrie Hetty Tilda Olly Jago Algernon Cuthbert Lettice Jocasta
Aodhán Aodh Ruadhán Mairéad Ayo Temi Chiwetel Barnabas Percival Ebenezer Ignatius Lancelot Mo
# South Asian
Aarav Aarti Abhishek Aditi Aditya Ajay Akash Amit Amitabh Anand Anil Anjali Ankit Anupam Anusha
Arjun Arun Aruna Ashok Bhavna Chetan Darshan Deepa Deepak Deepika Dev Dinesh Divya Ganesh Gita
Geeta Gopal Harish Hemant Indira Ishaan Jatinder Jaswinder Jaspreet Jasbir Kamal Kamala Karan
Kavita Kiran Krishna Kuldeep Lakshmi Mahesh Manish Manoj Meena Meera Mehul Mohan Mukesh Naveen
Navdeep Neha Nikhil Nisha Nitin Pankaj Parminder Paramjit Pooja Prakash Pradeep Priya Priyanka
Rahul Raj Rajesh Rajinder Rakesh Ramesh Ravi Rekha Rohan Rohit Sachin Sandeep Sanjay Sanjeev
Santosh Sapna Shalini Shanti Sheetal Shilpa Shiv Shreya Sita Smita Sonia Sunil Sunita Suresh
Sushila Swati Tanvi Uma Usha Varun Vijay Vikas Vikram Vinod Vishal Yash Amandeep Balwinder
Baljit Gurpreet Gurdeep Gurinder Harpreet Harjit Harjinder Harvinder Inderjit Jagdeep Kulwant
Kulvinder Manjit Manpreet Mandeep Navjot Rajvinder Ranjit Simran Sukhwinder Sukhdev Surinder
Tejinder Tarlochan Amrit Hardeep Jasvir Gurjit Sukhjinder Nirmal Daljit Kamaljit Rupinder
Mohammed Muhammad Mohammad Mohamed Mohamud Ahmed Ahmad Ali Hassan Hussain Husain Hussein Omar
Umar Usman Osman Uthman Yusuf Yousuf Yusef Ibrahim Ismail Ismael Idris Ilyas Imran Irfan Hamza
Bilal Zubair Zain Zayn Zayan Tariq Tahir Waqar Waqas Wasim Waseem Asif Arif Aamir Amir Adnan
Faisal Farhan Fahad Haroon Harun Haris Junaid Kamran Khalid Mahmood Mahmud Majid Naveed Nadeem
Nasir Qasim Rashid Rizwan Sajid Saleem Salim Shahid Shakeel Shoaib Sohail Suleman Sulaiman
Tanveer Zahid Zeeshan Ayaan Rayyan Ayan Ehsan Abdul Abdullah Abdulrahman Rehan Raheem Rahim
Aisha Ayesha Asma Amina Aaliyah Alisha Anisa Bushra Farah Farida Fatima Fatema Fatimah Hafsa
Hina Humaira Iqra Khadija Khadijah Laila Layla Leila Mahnoor Maryam Mariam Nadia Naila Nasreen
Nazia Noor Nur Rabia Rukhsana Ruksana Saima Sadia Salma Samina Sana Shabana Shazia Sumaira
Tahira Tasneem Uzma Yasmin Yasmeen Zainab Zara Zahra Zoya Inaya Hajra Parveen Shamima Nusrat
Rumana Rubina Taslima Shirin Sultana Momena Farzana Jannat Tahmina Halima Habiba Anwara
Abul Anwar Jamal Kamrul Mizanur Mohibur Rafiqul Shafiqul Shahidul Saiful Sohel Tofazzal Ruhul
Kumar Sivakumar Thiru Murali Senthil Kannan Selvam Suthan Kajan Tharshan Niroshan Dilshan
Thushara Nirosha Kavitha Vani Malathi Priyanthi Sanjeevani Nuwan Chaminda Dinuka Kasun
# Middle Eastern, Somali, Eritrean, Afghan, Kurdish
Abdi Abdirahman Abdikadir Abdullahi Ayan Asha Deeqa Faadumo Fadumo Hodan Hibo Ifrah Ilhan
Hamdi Hawa Khadra Nimco Sahra Sagal Ubah Warsame Mahad Mustafe Guled Liban Hamse Sadiq
Ahmad Farid Habib Jawad Karim Mahdi Nabil Omid Reza Saeed Said Samir Sami Walid Youssef
Yasin Yassin Zaid Ziad Amal Dalia Hala Huda Iman Jamila Lina Mona Nour Rania Rana Reem Samira
Shirin Soraya Yara Zeinab Dana Hevin Rojin Berivan Azad Kawa Dilan Shwan Aram Goran Rebin
Dawit Yonas Tesfay Tekle Semhar Selam Helen Merhawi Abel Biniam Feven Saron Yohannes
# African (Nigerian, Ghanaian, Zimbabwean, Kenyan, Congolese, Sierra Leonean)
Oluwaseun Oluwatobi Oluwatoyin Oluwafemi Oluwadamilare Olumide Olufemi Oluwakemi Olamide
Olatunde Olayinka Oladipo Oladele Olaniyi Olawale Olusegun Oluwole Oluwaseyi Olubunmi
Ayodele Ayomide Ayotunde Adebayo Adebola Adewale Adeola Adeyemi Adekunle Adenike Adetokunbo
Abiodun Abimbola Babatunde Bamidele Bukola Damilola Dayo Femi Folake Folasade Funmilayo Funmi
Funke Gbenga Ibukun Ifeoluwa Jumoke Kehinde Taiwo Idowu Kemi Kunle Lanre Moji Modupe Morenike
Niyi Remi Segun Seun Sola Tayo Temitope Tope Tobi Toyin Tunde Tolu Toluwalope Wale Wunmi
Yemi Yetunde Yinka Bisi Bola Dapo Deji Kayode Kolawole Rotimi Tosin Titilayo Iyabo Simisola
Chidi Chidera Chidinma Chiamaka Chiara Chika Chinedu Chinonso Chinwe Chioma Chukwuemeka
Chukwudi Chinyere Ebere Ebuka Emeka Ifeanyi Ifeoma Ikechukwu Kelechi Ngozi Nkechi Nnamdi
Obinna Obioma Ogechi Onyeka Uchenna Uche Adaeze Adaora Amaka Chiemeka Ejike Nneka Nkem Somto
Kwame Kwaku Kwabena Kwadwo Kwasi Kwesi Kofi Kojo Yaw Akua Ama Abena Akosua Adwoa Afua Yaa
Efua Esi Ekow Nana Kobina Kweku Fiifi Akwasi Adjoa Dede Naa Nii Ato Mawuli Selasi Senam Edem
Tendai Tafadzwa Tatenda Tinashe Tapiwa Farai Rudo Rufaro Chipo Nyasha Kudzai Simba Takudzwa
Wanjiru Wanjiku Njeri Achieng Akinyi Otieno Odhiambo Kamau Mwangi Wambui Njoki Nyambura
Fatoumata Aminata Mariama Kadiatou Ousmane Mamadou Moussa Ibrahima Alhaji Sorie Foday Isatu
Grace Blessing Precious Favour Mercy Gift Comfort Patience Prosper Godwin Emmanuel Chanel
# Caribbean
Delroy Desmond Errol Everton Leroy Lloyd Winston Marlon Tyrone Jermaine Dwayne Wayne Trevor
Clive Carlton Devon Kemar Shanice Shaniqua Tanisha Latoya Keisha Kerry-Ann Sharlene Marcia
Claudette Beverley Hyacinth Merlene Paulette Sonia Yvonne Jolene Neville Clinton Glenroy
# Chinese (pinyin and Cantonese romanisation), Vietnamese, Filipino
Wei Jing Li Ming Hui Xin Yan Ling Mei Chen Yi Yu Jun Hao Lei Jie Tao Bo Fang Hong Hua Jian Lan
Na Ping Qing Rui Shan Tian Ting Wen Xiao Xue Yang Ying Yong Yun Zhen Zhi Xiaoming Xiaoyu
Jiayi Zihan Haoran Yichen Yuxuan Zhiwei Jianhua Xiaohong Meiling Huiling Kwok Wing Kin Ka
Chun Siu Man Ho Kit Wai Yuen Kam Suet Pui Wing-Yan Ka-Wai Chi Hoi Tsz Sze Ngai
Anh Bao Binh Duc Dung Hai Hanh Hieu Hoa Hung Huong Huy Khanh Lan Linh Long Mai Minh Nam Ngoc
Nguyet Phuong Quang Thanh Thao Thu Thuy Trang Trung Tuan Tuyet Van Vinh Xuan Yen
Jocelyn Maricel Rowena Marites Jonalyn Ma Romeo Rodel Arnel Ronaldo Jerome Rhea Analyn
# Polish, Lithuanian, Latvian, Romanian, Bulgarian (romanised), Portuguese, Turkish
Łukasz Lukasz Wojciech Agnieszka Małgorzata Malgorzata Katarzyna Krzysztof Paweł Pawel Piotr
Tomasz Marta Aleksandra Kacper Dawid Jakub Grzegorz Michał Michal Mateusz Bartosz Bartłomiej
Jarosław Jaroslaw Mirosław Miroslaw Przemysław Przemyslaw Radosław Radoslaw Sławomir Slawomir
Zbigniew Stanisław Stanislaw Jędrzej Jedrzej Maciej Marcin Rafał Rafal Sebastian Szymon
Joanna Justyna Magdalena Monika Dorota Ewa Beata Iwona Izabela Jolanta Karolina Kinga Natalia
Paulina Sylwia Weronika Zofia Żaneta Zaneta Urszula Grażyna Grazyna Bożena Bozena Halina
Danuta Elżbieta Elzbieta Barbara Anna Wiktoria Julia Oliwia Zuzanna Emilia Hanna Maja Lena
Jonas Tomas Mantas Lukas Darius Dovydas Eimantas Gintaras Rimantas Saulius Vytautas Andrius
Aurimas Giedrius Mindaugas Egle Eglė Ieva Rasa Rūta Ruta Jurgita Vilma Inga Kristina Agne Agnė
Janis Jānis Andris Edgars Kristaps Māris Maris Ilze Inese Liga Līga Zane Sandra Dace Baiba
Andrei Andreea Alexandru Bogdan Cristian Cristina Ionuț Ionut Florin Gabriela Ioana Irina
Mihai Mihaela Nicoleta Ovidiu Petru Raluca Roxana Sorin Vasile Valentin Daniela Elena Adrian
Georgi Dimitar Ivan Nikolay Stoyan Hristo Petar Todor Iva Desislava Gergana Mariya Ralitsa
Rui Joao João Goncalo Gonçalo Tiago Nuno Sérgio Sergio Vítor Vitor Conceição Conceicao Graça
Mehmet Mustafa Ahmet Hüseyin Huseyin Hasan Murat Emre Burak Cem Can Kemal Serkan Selin Zeynep
Elif Ayşe Ayse Fatma Emine Hatice Özlem Ozlem Gül Gul Hülya Hulya Sevgi Derya Deniz Leyla
# More communities living and working in the UK (romanised or ASCII spellings as UK records
# write them; a spelling with diacritics also gets its ASCII one)
# Welsh
Siôn Sion Llio Mabli Nanw Efa Eirian Elen Gwenan Myfanwy Nesta Tesni Delyth Elliw Glenys Luned
Marged Meleri Menna Siwan Teleri Branwen Ceinwen Ceridwen Beca Betsan Fflur Arwyn Berwyn
Bleddyn Cynan Deio Dyfrig Eifion Elfed Elfyn Elwyn Gerallt Goronwy Gwydion Gwynfor Hefin Islwyn
Llewelyn Llywelyn Meurig Myrddin Tecwyn Trefor Llion Mabon Madog Dilwyn Iorwerth Maredudd
Rhidian Alwyn
# Scottish Gaelic
Aonghas Coinneach Donnchadh Seumas Seòras Uisdean Tormod Lachlann Ruaraidh Ealasaid Iseabail
Màiri Kirsteen Morven Elspeth Dugald Mungo Ninian Ranald Sorley Greer Roddy
# Cornish
Jowan Kensa Jory Petroc Steren Tegen Denzel
# Dutch and Flemish
Pieter Bram Daan Ruud Henk Jaap Joost Thijs Stijn Koen Wim Willem Floris Gijs Jelle Luuk Menno
Niek Rutger Teun Arjen Cornelis Diederik Frits Jurgen Kasper Maurits Matthijs Remco Roel Jeroen
Maarten Sjoerd Wouter Kees Bastiaan Wout Kristof Femke Hanneke Janneke Lieke Maaike Marieke
Marloes Mieke Sanne Tineke Marjolein Merel Nienke Evelien Katrien Veerle Eline
# Afrikaans
Jacobus Petrus Piet Gerhardus Stefanus Christiaan Danie Jaco Kobus Koos Morné Riaan Ruan Schalk
Wynand Dewald Liezl Mariska Ronel Yolandi Elmarie
# German (ASCII spellings)
Jorg Rudiger Ruediger Bjorn Sonke
# Norwegian, Swedish, Danish
Mikael Olof Gustaf Bjørn Joakim Kjell Rasmus Stig Torbjörn Espen Eirik Håkon Ivar Jørgen
Kristoffer Øyvind Sverre Terje Trygve Frode Mikkel Ulrik Jesper Anders Fredrik Morten Trond
Lasse Søren Lennart Bengt Geir Agnetha Ebba Lovisa Stina Tove Ulrika Freja Silje Sunniva Tuva
Vibeke Mette Pernille Rikke Liv
# Finnish and Icelandic
Aino Aleksi Antti Eero Heikki Ilkka Jani Juha Jukka Kalle Markku Matti Olli Petri Riikka Risto
Tapio Tarja Teemu Tuomas Päivi Tiina Jari Jussi Mikko Pekka Seppo Erkki Guðmundur Gudmundur
Sigurður Sigurdur Einar Bjarni Ragnar Guðrún Sigríður Sigridur Björk
# Korean
Ji-hoon Jihoon Seo-yeon Seoyeon Min-jun Minjun Seo-jun Seojun Ji-woo Jiwoo Hyun-woo Hyunwoo Ji-
min Jimin Ji-yeon Jiyeon Ji-eun Jieun Ha-eun Haeun Ji-won Jiwon Eun-ji Eunji Hye-jin Hyejin
Min-ji Minji Soo-jin Soojin Su-jin Sujin Sung-min Sungmin Jae-won Jaewon Jae-hyun Jaehyun Dong-
hyun Donghyun Jung-hoon Junghoon Sang-woo Sangwoo Min-ho Jin-woo Jinwoo Hyun-jin Hyunjin
Eun-young Eunyoung Ji-hye Jihye Yoo-jin Yoojin Min-kyung Minkyung Ji-hyun Jihyun So-yeon Soyeon
Ji-young Jiyoung Jin-young Jinyoung Seung-woo Seungwoo
# Japanese
Hiroshi Takashi Kenji Kenta Daiki Takumi Shota Kazuki Yuta Daisuke Hiroki Hiroyuki Kazuya Koji
Masahiro Naoki Ryota Satoshi Shinji Takahiro Takeshi Yusuke Yuji Tatsuya Akira Makoto Yuki
Haruto Yui Yuna Haruka Ayaka Ayako Chihiro Kaori Kumiko Mayumi Megumi Misaki Miyuki Naoko
Sayaka Yumi Yuka Sakura
# Thai
Somchai Somsak Sompong Somporn Malee Nattapong Kittisak Thanawat Chaiwat Kanokwan Narong
Nattaya Pornthip Prasert Siriporn Supachai Wanida Sudarat Supaporn Sukanya
# Malaysian and Indonesian
Nurul Mohd Muhd Aminah Azlan Azman Faizal Hafiz Khairul Norhayati Rosli Shahrul Sharifah Syafiq
Syed Zulkifli Faridah Roslan Amirul Firdaus Aisyah Puteri Agus Budi Bambang Eko Hendra Putri
Wahyu Rizky
# Greek and Cypriot
Giorgos Kostas Nikos Yannis Giannis Panagiotis Panos Vasilis Thanasis Michalis Spyros Vangelis
Stelios Manolis Pavlos Stefanos Sotiris Lefteris Kyriakos Antonis Charalambos Marios Angelos
Costas Yiannis Demetris Dimitris Panayiotis Kyriacos Loucas Aikaterini Vasiliki Angeliki
Dimitra Ioanna Panagiota Panayiota Eirini Stavroula Androulla
# Albanian
Arben Arber Ardit Armend Besnik Bujar Burim Dritan Endrit Erion Ermal Fatos Gezim Ilir Kastriot
Klodian Kujtim Lulzim Mergim Petrit Valon Visar Altin Astrit Bekim Blerim Dardan Flamur Agim
Arjan Albana Arta Besa Blerina Blerta Drita Elona Ermira Jonida Klea Lindita Merita Mimoza
Teuta Valbona Vjosa Fjolla
# Ukrainian and Russian
Oleksandr Oleksandra Oleksiy Oleksii Andriy Andrii Dmytro Mykola Mykhailo Serhiy Serhii
Volodymyr Yuriy Yurii Vasyl Taras Bohdan Petro Pavlo Yaroslav Vitaliy Vitalii Maksym Artem
Denys Ihor Ruslan Oleh Oleg Yevhen Evgeny Vladyslav Vladislav Kostiantyn Illia Ilya Kyrylo
Kirill Nazar Danylo Rostyslav Vadym Stepan Aleksei Alexey Dmitri Dmitry Egor Yegor Sergey
Vitaly Vyacheslav Artyom Olha Oksana Iryna Nataliya Tetiana Tetyana Yulia Yuliia Kateryna
Khrystyna Anastasiia Svitlana Liudmyla Lyudmila Halyna Valentyna Viktoriia Dariia Darya Sofiia
Solomiia Mariia Maryna Larysa Nadiia Ivanna Yana Ulyana Kseniia Ksenia Yelyzaveta Zlata Alyona
Natalya Olesya
# Hungarian (ASCII spellings)
Balazs Tamas Jozsef Krisztian Gergo Miklos Balint Zsofia Zsuzsa Erzsebet Aniko Reka Boglarka
Eniko Arpad
# Czech and Slovak
Zdeněk Václav Karel Ladislav Radek Vojtěch Antonín Matěj Štěpán Luboš Jindřich Kryštof Radim
Petr František Ondřej Juraj Pavol Matúš Branislav Ľubomír Jitka Tereza Eliška Zuzana Markéta
Barbora Kristýna Šárka Pavla Radka Miroslava Vendula Dominika Jarmila
# Croatian, Serbian, Bosnian, Slovenian
Dejan Davor Damir Hrvoje Ivica Krešimir Zvonimir Siniša Srđan Srdjan Saša Predrag Nenad Nemanja
Mladen Nebojša Uroš Bojan Đorđe Djordje Aleksa Danijel Jure Lovro Žiga Blaž Miha Nejc Primož
Janez Matjaž Edin Senad Almir Tarik Vedran Snježana Sanja Dragana Nevena Vanja Zorica Željka
Biljana Danijela Dijana Jadranka Lucija Mateja Nikolina Bojana Jovana Maša Špela Urška Mojca
Amra Azra Lejla Emina Amela Merima
# Eritrean and Ethiopian
Tesfaye Tesfalem Tewelde Mehari Mesfin Mulugeta Mussie Haile Hailu Habtom Goitom Filmon Efrem
Ermias Eyob Amanuel Berhane Bereket Binyam Fitsum Henok Kibrom Kidane Natnael Nahom Robel
Semere Tedros Yemane Yosief Abiy Biruk Dereje Getachew Girma Kebede Mekonnen Tadesse Abebe
Almaz Azeb Kidist Luwam Meron Mekdes Mahlet Nardos Samrawit Senait Selamawit Tigist
Winta Yordanos Yodit Hiwot Tirhas Tsion
# Sudanese and Arabic
Abdelrahman Abdalla Abdallah Abdelaziz Abdulaziz Abdelkarim Abdulkarim Abdelhamid Elfadil
Elsadig Eltayeb Elamin Babiker Hamid Hashim Hatim Hisham Mohanad Mohannad Mujtaba Usama Salah
Yassir Awad Bashir Yousif Zakaria Adel Ayman Fadi Ghassan Hazem Hussam Imad Issa Marwan Mazen
Munir Nasser Saleh Samer Sameer Tarek Tareq Waleed Yasser Ayoub Ammar Amr Mostafa Emad
Khaled Rami Muhammed Mohamad Amna Maha Manal Marwa Nahla Nawal Rasha Eman Hiba Sahar Lubna Alaa
Amira Asmaa Ghada Heba Malak Nisreen Rawan Shaimaa Razan Amani Karima Latifa Naima
# Afghan
Ahmadullah Ajmal Amanullah Dawood Fawad Habibullah Masood Massoud Mirwais Mujeeb Nasrullah
Navid Nazir Rahmatullah Samiullah Sayed Sohrab Wahid Zalmai Najibullah Arezo Farishta Freshta
Hasina Khatera Malalai Marzia Mursal Nargis Nasrin Nilofar Parwana Roya Sadaf Shabnam Zohra
# Kurdish
Ako Bakhtiar Barzan Dilshad Diyar Hawre Hiwa Karwan Kamaran Karzan Nawzad Rebaz Rebwar Rizgar
Sirwan Soran Zana Shorsh Sherzad Evin Helin Jwan Rozhin Shilan Viyan Berfin
# Iranian
Hossein Hosein Amirhossein Arash Arman Ashkan Babak Bahman Behnam Behrouz Behzad Bijan Dariush
Farshad Farzad Hamed Hooman Kaveh Kourosh Masoud Mehran Mehrdad Milad Mohsen Morteza Nima Payam
Peyman Pouya Ramin Sajjad Shahram Siavash Soroush Vahid Alireza Javad Azadeh Elham Fariba
Farnaz Fatemeh Golnaz Laleh Mahsa Mitra Mojgan Niloufar Parisa Pegah Sanaz Sepideh Shadi Negar
Negin Parvin Zohreh
# Nepali
Bishal Bikash Bikram Binod Bishnu Dipak Nabin Naresh Narayan Niraj Prabin Pramod Rabin Rajan
Rajendra Roshan Sagar Saroj Shankar Sudip Sujan Suraj Suman Umesh Yubraj Ashish Bijay Bimal
Kishor Laxman Mahendra Pawan Pradip Sandip Shyam Kabita Laxmi Manisha Nirmala Pramila Sangita
Sushma Durga Kalpana Manju Sharmila
# Sri Lankan (Sinhala and Tamil)
Lahiru Chathura Tharindu Sandun Ruwan Asanka Buddhika Chamara Dhanushka Gayan Harsha Isuru
Janaka Kanishka Mahinda Nalin Prasad Prasanna Sampath Sanath Saman Thilina Upul Chandana Anura
Ajith Amila Dilani Gayani Hasini Nadeesha Thilini Kaushalya Nadeeka Rashmi Karthik Kumaran
Mahendran Nithya Saravanan Sathish Siva Subramanian Vignesh Jeyakumar Rajendran Gowri
Revathi Saranya Sangeetha Shanthi Sujatha Sumathi Thanuja
# Bangladeshi
Abdur Aminul Anisur Ashraful Habibur Jahid Lutfur Mahbubur Masud Mizan Mostafizur Motiur
Mujibur Nazrul Rashed Rezaul Sakib Shahjahan Shahin Shamim Tanvir Ziaur Abdus Alamgir Shakil
Shariful Enamul Nazmul Afroza Dilruba Farhana Fahmida Jahanara Khaleda Nasima Nazma Rehana
Shahnaz Sharmin Suraiya Jesmin Tasnim Sumaiya Afsana
# Gujarati
Alpesh Bhavesh Bhavin Chandrakant Chirag Dhaval Dharmesh Dilip Harshad Hasmukh Jayesh Jignesh
Kalpesh Kamlesh Kaushik Ketan Kirit Kishore Mayur Nilesh Paresh Piyush Prashant Satish Shailesh
Tushar Vimal Vipul Ajit Jitendra Navin Ritesh Pravin Arvind Alpa Bhavana Bhumika Hetal
Jagruti Jaya Komal Minal Nirali Priti Sejal Shital Shweta Sonal Trupti Vaishali Hemlata Kusum
Pushpa Savita
# Punjabi
Amarjit Avtar Baljinder Balbir Balvinder Bhupinder Charanjit Devinder Gurcharan Gurmit Gurmeet
Gurnam Gurdev Harbhajan Harinder Harjeet Harminder Jagjit Jaspal Jaswant Joginder Karamjit
Kulwinder Lakhbir Malkit Manjeet Mohinder Narinder Navneet Parmjit Ravinder Rajwinder Sarbjit
Satnam Sukhbir Sukhjit Sukhvinder Surjit Gurvinder Jasdeep Jasleen Prabhjot Ramandeep Amanpreet
Gagandeep Davinder Pardeep Satinder
# Hong Kong and Cantonese
Kinson Kenson Kenix Wincy Anson Benson Dickson Eason Winson Hiu Yik Keung Shing Kwong Cheuk Ka-
Yan Tsz-Ho Wing-Sze Chun-Kit Ka-Man Ka-Ho Wai-Man Hoi-Yan Ka-Ki Pui-Yee Man-Kit Siu-Ming Kwok-
Wai Chi-Wai
# Short forms used as names (Polish, Yoruba) and British South Asian names
Kasia Gosia Basia Kuba Tomek Olu Bayo Ife Shahida Fozia Kausar
"""

EXTRA_SURNAMES = """
# Irish: O' and Mac forms; Irish-language forms ("_" stands for a space)
O'Brien O'Byrne O'Callaghan O'Carroll O'Connell O'Connor O'Donnell O'Donoghue O'Donovan
O'Doherty O'Driscoll O'Dwyer O'Farrell O'Flaherty O'Flynn O'Gorman O'Grady O'Hagan O'Halloran
O'Hanlon O'Hara O'Hare O'Keeffe O'Keefe O'Kelly O'Kane O'Leary O'Loughlin O'Mahony O'Mahoney
O'Malley O'Mara O'Meara O'Neill O'Neil O'Regan O'Reilly O'Riordan O'Rourke O'Shea O'Shaughnessy
O'Sullivan O'Toole O'Boyle O'Dowd O'Hehir O'Higgins O'Mullan O'Neal O'Rafferty O'Dea
O'Donnelly O'Callaghan O'Connolly O'Sheehan O'Brennan O'Gara O'Herlihy O'Keeffe O'Moore
Ó_Briain Ó_Broin Ó_Ceallaigh Ó_Conaill Ó_Conchúir Ó_Domhnaill Ó_Dónaill Ó_Néill Ó_Súilleabháin
Ó_Murchú Ó_Sé Ó_Tuathail Ó_Riain Ó_Máille Ó_Gráda Ó_Cionnaith Ó_Fearghail Ó_Laoire
Ní_Bhriain Ní_Bhroin Ní_Cheallaigh Ní_Chonaill Ní_Chonchúir Ní_Dhomhnaill Ní_Dhónaill
Ní_Néill Ní_Shúilleabháin Ní_Mhurchú Ní_Shé Ní_Thuathail Ní_Riain Ní_Mháille Ní_Ghráda
Ní_Laoire Ní_Fhearghail Nic_Dhonnchadha Nic_Giolla Nic_an_tSaoir Mac_Giolla Mac_an_tSaoir
Mac_Cárthaigh Mac_Mathúna Mac_Aodha Mac_Suibhne Mac_Domhnaill Mac_Gearailt Uí_Bhriain
Mac_Giolla_Phádraig Mac_Con_Iomaire Ó_hÉigeartaigh Ó_hUiginn Ó_hAodha Ní_hAodha
MacBride MacCarthy MacDermott MacDonagh MacDonald MacDonnell MacDougall MacGregor MacInnes
MacIntyre MacKay MacKenzie MacKinnon MacLean MacLeod MacMahon MacManus MacMillan MacNamara
MacNeil MacNeill MacPherson MacRae MacArthur MacAulay MacCallum MacCormack MacFarlane
MacGillivray MacIver MacKenna MacLachlan MacLaren MacLennan MacMaster MacPhail MacQueen
MacRitchie MacSween MacAskill MacFadyen MacGowan MacKintosh MacAlister MacAllister MacLellan
McAllister McAlpine McArthur McAteer McAuley McBride McCabe McCafferty McCall McCallum McCann
McCarthy McCartney McClean McClelland McClure McColl McConnell McCormack McCormick McCourt
McCracken McCrea McCullough McDaid McDermott McDonagh McDonald McDonnell McDowell McElroy
McEvoy McFadden McFarlane McGarry McGee McGeown McGill McGinley McGinn McGlynn McGovern McGowan
McGrath McGregor McGuigan McGuinness McGuire McHugh McIlroy McInnes McIntosh McIntyre McKay
McKee McKenna McKenzie McKeown McKinney McKinnon McLaughlin McLean McLeod McMahon McManus
McMillan McMullan McNally McNamara McNeill McNulty McPhee McPherson McQuade McQueen McShane
McSweeney McVeigh McWilliams McAleese McAnallen McCloskey McGlinchey McKeever McStay
# Welsh
Jones Davies Davis Evans Hughes Williams Thomas Roberts Lewis Morgan Griffiths Griffith Owen
Owens Rees Rhys Price Pryce Powell Pugh Parry Probert Prosser Pritchard Bowen Bevan Beavan
Llewellyn Llewelyn Lloyd Floyd Vaughan Watkins Gwynne Gwyn Wynne Wyn Meredith Maddocks Madoc
Howells Jenkins Phillips Edwards Humphreys Harries Jarman Gittins Cadwaladr Cadwallader
Gruffudd Gruffydd Heledd Iorwerth Mostyn Nanney Penry Pughe Rhydderch Trefor Tudor Tudur Voyle
ap_Rhys ap_Gwilym ap_Dafydd ap_Iorwerth Glyndŵr Glyndwr Gwilym Ifans Huws Dafis Puw Prys
# Scottish
Anderson Buchanan Cameron Campbell Crawford Cunningham Douglas Drummond Ferguson Fergusson
Fraser Gordon Graham Grant Hamilton Henderson Kerr Lindsay Munro Murray Paterson Robertson
Ross Sinclair Stewart Stuart Sutherland Urquhart Wallace Lamont Galbraith Kennedy Menzies
Dalziel Farquhar Farquharson Gillespie Ogilvie Ogilvy Rennie Shearer Souter Baird Cairns
Chisholm Colquhoun Cowie Guthrie Laing Lamond Lockhart Mackie Moffat Napier Imrie Pirie
# English, Scottish, Cornish, Manx and Northern Irish surnames the census lists lack
Ackroyd Ainscough Ainsworth Aldred Allsop Allsopp Ambler Appleyard Arkwright Armitage Ashcroft
Ashurst Aspinall Astbury Atherton Attenborough Aughton Bagshaw Bairstow Bamford Bamforth
Barraclough Battersby Beardsley Beckwith Bentham Bickerstaff Bickerton Binns Birtwistle
Blackburne Blackledge Blakeley Blamire Blenkinsop Bolderson Booth Boothroyd Bottomley Bowker
Bradshaw Bramhall Brayshaw Brearley Brierley Brocklehurst Brookes Broadbent Butterfield
Calverley Catterall Charnock Cheetham Cleworth Clitheroe Clough Collinge Cowburn Crabtree
Critchley Crompton Crossley Cryer Dearden Denby Dewhurst Dickenson Dinsdale Dobson Drabble
Duckworth Eastwood Eccleston Entwisle Entwistle Fairbank Fairclough Farrand Fawcett Fazackerley
Fenwick Fielden Fishwick Fletcher Foulds Garside Gaskell Gledhill Greenhalgh Greenhough
Grimshaw Hackett Haigh Halliwell Halstead Hammersley Hardcastle Hargreaves Harrop Haslam
Hatfield Hattersley Heald Heap Hebblethwaite Hemingway Hepworth Heseltine Hesketh Higginbottom
Hinchcliffe Hinchliffe Hindle Hirst Holdsworth Holroyd Horrocks Horsfall Howarth Hoyle
Illingworth Ingham Jagger Jowett Kay Kershaw Kilner Knowles Lambert Lees Leigh Lomax Longbottom
Lord Lumb Mallinson Marsden Mellor Midgley Mitchell Moorhouse Mottershead Murgatroyd Nuttall
Ogden Oldroyd Openshaw Ormerod Ormrod Pickles Pilling Platt Postlethwaite Priestley Pickup
Ramsbottom Ramsden Rawlinson Rhodes Riley Robinson Royle Rushworth Sagar Schofield Scholes
Shackleton Sharples Shaw Shufflebottom Smethurst Sowerby Stansfield Stott Sugden Sunderland
Sutcliffe Swales Tattersall Tetlow Thackeray Thackray Thistlethwaite Thorpe Tindall Tomlinson
Townend Tunnicliffe Tyldesley Unsworth Wadsworth Walmsley Walsh Warburton Whalley Whiteley
Whitham Whitworth Wilde Wolstenholme Woodhead Wormald Worsley Wrigley Ackerley Ashdown Attwood
Axford Bagley Barnard Bartlett Batchelor Baverstock Beazley Beckett Bellamy Bickford Blackmore
Blandford Blunden Bowditch Bradbury Brampton Brereton Bridgeman Brimble Broadhurst Bromley
Brotherton Buckland Bulstrode Burbidge Burchell Burgoyne Buxton Caddick Catchpole Chadwick
Challis Champion Chaplin Charlesworth Chatterton Cheshire Chivers Churchill Clewley Clifford
Coggins Coldwell Colley Cottle Cotterill Coward Cowley Critchlow Cullimore Cutler Dalton
Dawkins Deacon Dimmock Dolby Doughty Drayton Dredge Drinkwater Dudley Dunkley Eldridge
Elkington Ellwood Elwood Elphick Everett Fairweather Farthing Faulkner Fawkes Fenn Fiddler
Finch Follett Foxley Frampton Frith Furlong Gadsby Garbett Garlick Gedge Gilbey Gilchrist
Goddard Godwin Gooding Gosling Greatorex Gregson Gulliver Gunn Hadley Halford Halfpenny Hamblin
Hammett Handley Hanson Hatton Hawley Haynes Hayter Heathcote Hemmings Henshaw Hibbert Hickman
Hinton Hitchcock Hobday Hobson Hodder Holbrook Hollis Horsley Hoskins Howlett Huckle Humphries
Hutton Ingram Jeffries Jelley Keating Kemp Kingsley Kitchener Knapp Lampard Langford Larkin
Latham Leadbetter Ledger Littlewood Lockyer Loveday Lovell Ludlow Lumley Maddison Maitland
Mallett Mansell Markham Marlow Marriott Maynard Meadows Merriman Midwinter Millward Mitchinson
Molyneux Moseley Mottram Mowbray Nettleship Newbold Newbury Nightingale Northcott Norton Oakley
Ockenden Oldham Orchard Osmond Packham Paget Parfitt Partridge Peacock Pemberton Pennington
Perkins Pettifer Pickering Pilbeam Pinkerton Plumb Plowright Pocock Popplewell Poulter Prentice
Prewett Pryor Puddifoot Pullinger Quartermaine Radcliffe Rainbird Ravenscroft Redfern Redman
Rickett Ridgway Ringrose Rix Rockett Rolfe Rowbotham Rowntree Rudd Sadler Sampson Sandford
Sargent Satterthwaite Scrivener Seabrook Sewell Sexton Shipley Shorter Showell Simcock Skelton
Skidmore Slade Smallwood Snell Southgate Spiller Stainton Standish Stanton Stebbings Stenning
Stimpson Strudwick Stubbs Sturgess Swindells Tabor Tebbutt Tempest Thirkettle Threlfall Tibbs
Tidball Titmarsh Toogood Treadwell Trott Tuckwell Tuffnell Twigg Upton Varley Verity Vickers
Wakeley Wakeham Warburton Waring Waterfield Weatherall Wedgwood Westcott Wetherall Whitcombe
Whitlock Whittle Wickham Widdowson Wigley Wilberforce Winterbottom Witherspoon Woodcock Woolley
Wragg Wyatt Yardley Yeo Yeomans Bolitho Carne Chegwidden Chenoweth Couch Curnow Eddy Hocking
Jago Jewell Kitto Laity Nancarrow Pascoe Pengelly Penhaligon Penrose Pentreath Polglase
Polkinghorne Roskilly Rowse Tregear Tregenza Tremayne Trelawny Trelawney Treloar Trethewey
Trevithick Trewin Tonkin Uren Vosper Vivian Angove Bray Hosking Jory Kneebone Nicholls Oates
Pengilly Retallack Tangye Teague Trebilcock Tregoning Cregeen Quayle Kermode Kewley Corlett
Cain Quirk Qualtrough Christian Kinvig Faragher Auchinleck Balfour Bannerman Bisset Blackwood
Boyd Brodie Buchan Cairncross Calder Carmichael Crichton Cruickshank Dalgleish Dewar Dingwall
Dunbar Elphinstone Erskine Forsyth Gilmour Gunn Haig Halliday Hendry Hogg Inglis Innes Jardine
Keir Kinnear Kirkpatrick Lauder Leckie Lennox Lindsay Livingstone Lumsden Maclaren Mair Marr
Matheson Melville Mowat Muir Nisbet Pringle Rae Ramsay Rankin Rintoul Ritchie Roxburgh Sangster
Scobie Semple Shand Skene Sneddon Spence Strachan Swanson Tait Tennant Thain Weir Wishart Yule
Ackerman Adair Agnew Beattie Blair Boyle Breen Coyle Crossan Devlin Donnelly Doherty Duffy
Fearon Gallagher Hagan Hanna Hughes Kearney Lavery Maguire McCusker McGeough McIlwaine
Mulholland Nugent Quigley Rafferty Sheridan Toner Trainor Okonedo Oyelowo Ejiofor Adebayo
Akinbiyi Akinwale Ogunlesi Olayemi Onuoha Uzodinma Ojukwu Ugochukwu Mbah Nwadike Nnadi
# South Asian
Patel Shah Khan Begum Bibi Hussain Hussein Husain Ahmed Ahmad Ali Chaudhry Chaudhary
Choudhury Chowdhury Choudhary Akhtar Iqbal Malik Qureshi Siddiqui Rahman Raman Varma Sharma
Verma Gupta Singh Kaur Mistry Desai Mehta Joshi Kapoor Chopra Bhatt Bhatti Nair Menon Pillai
Reddy Rao Iyer Iyengar Kumar Kumari Das Dutta Ghosh Bose Banerjee Chatterjee Mukherjee Sen
Sengupta Basu Roy Pal Parmar Solanki Chauhan Rathod Gill Sandhu Sidhu Dhillon Grewal Bains
Sahota Atwal Bassi Johal Kang Mann Sohal Hayer Hundal Virdi Bhogal Dhaliwal Gakhal Sangha Uppal
Thind Chahal Randhawa Bhamra Kalsi Khera Lall Anand Arora Bhatia Chadha Kohli Malhotra Sethi
Tandon Trivedi Pandya Pandey Tiwari Mishra Dubey Shukla Yadav Jain Lad Lakhani Thakrar Chohan
Karia Kotecha Ladwa Majithia Modi Morjaria Ruparelia Thakkar Vaghela Valand Makwana Chavda
Javed Jawed Mahmood Mahmud Mohammed Muhammad Mohamed Rashid Raza Rizvi Naqvi Abbasi Anwar
Aslam Azam Aziz Baig Butt Dar Farooq Farooqi Ghani Hanif Haq Haque Hassan Hameed Hamid Ismail
Jamil Kazmi Latif Majid Mir Mirza Nawaz Rana Rehman Riaz Saeed Saleem Sheikh Shaikh Sultan
Tariq Yousaf Yusuf Zaman Zafar Younis Younas Shafiq Arshad Ashraf Asghar Akram Abbas Ilyas
Miah Mia Uddin Islam Hoque Hossain Hussan Alam Sarkar Talukdar Mollah Mazumder Khatun Nessa
Perera Fernando Silva Jayasuriya Wickramasinghe Gunawardena Rajapaksa Senanayake Bandara
Dissanayake Jayawardena Ratnayake Herath Sivakumar Sivanesan Thurairajah Nadarajah Selvarajah
Rajaratnam Kanagaratnam Shanmugam Subramaniam Krishnan Balasubramaniam Pathmanathan Yogarajah
# Polish, Lithuanian, Latvian, Romanian, Bulgarian, Portuguese, Turkish
Kowalski Kowalska Kowalczyk Nowak Wiśniewski Wiśniewska Wójcik Kamiński Kamińska Lewandowski
Lewandowska Zieliński Zielińska Szymański Szymańska Woźniak Dąbrowski Dąbrowska Kozłowski
Kozłowska Jankowski Jankowska Mazur Krawczyk Kaczmarek Piotrowski Piotrowska Grabowski
Grabowska Pawłowski Pawłowska Michalski Michalska Nowicki Nowicka Adamczyk Dudek Zając
Wieczorek Jabłoński Jabłońska Król Majewski Majewska Olszewski Olszewska Jaworski Jaworska
Wróbel Malinowski Malinowska Pawlak Witkowski Witkowska Walczak Stępień Górski Górska Rutkowski
Rutkowska Sikora Baran Michalak Szewczyk Ostrowski Ostrowska Tomaszewski Tomaszewska Pietrzak
Kazlauskas Jankauskas Petrauskas Stankevičius Stankevicius Vasiliauskas Žukauskas Zukauskas
Butkus Paulauskas Urbonas Kavaliauskas Kazlauskienė Jankauskienė Petrauskienė Balčiūnas
Bērziņš Berzins Kalniņš Kalnins Ozoliņš Ozolins Jansons Liepiņš Liepins Krūmiņš Krumins
Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin
Ivanov Ivanova Petrov Petrova Georgiev Georgieva Dimitrov Dimitrova Nikolov Nikolova Todorov
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves
Goncalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia
Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Ozturk
Aydın Aydin Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Kurt
# West and East African
Okafor Okoro Okeke Okonkwo Okoye Okpara Onyekachi Onyeka Obi Obiora Eze Ezeh Nwosu Nwachukwu
Nwankwo Nwoye Nwafor Ugwu Uzor Anyanwu Chukwu Chukwuma Chukwuemeka Ibe Iwu Emenike Ekwueme
Adeyemi Adebayo Adeleke Adeoye Adesina Adewale Adewumi Afolabi Ajayi Akande Akinola Akintola
Alabi Babatunde Bakare Balogun Bello Fashola Ogunleye Ogunbiyi Ogundipe Ogunsanya Ojo Oladipo
Olaniyan Olawale Olowe Olusola Onabanjo Oni Oyelaran Oyewole Salami Sanni Shittu Sowemimo
Adekunle Adegoke Adetunji Ayodele Oyebanji Oyeleke Oyedele Durojaiye Akinyemi Abiola Ibrahim
Mensah Owusu Asante Boateng Osei Agyeman Agyemang Amoah Ampofo Ansah Appiah Asamoah Badu
Bonsu Danquah Darko Frimpong Gyamfi Kyei Nkrumah Ofori Opoku Oppong Quaye Sarpong Tetteh Yeboah
Addo Annan Acheampong Adjei Amankwah Antwi Baffour Donkor Kwarteng Manu Nyarko Quartey Owusu-Ansah
Moyo Ncube Ndlovu Dube Sibanda Nyathi Mpofu Chikwanha Mutasa Chinyama Makoni Mugabe Banda
Mwangi Kamau Otieno Odhiambo Ochieng Wanjiru Kiplagat Kipchoge Njoroge Omondi Kariuki Mutua
Kamara Sesay Conteh Koroma Bangura Jalloh Bah Barry Diallo Sow Touré Toure Traoré Traore
Cissé Cisse Keita Coulibaly Konaté Konate Diop Ndiaye Fall Sy Camara Jallow Ceesay Njie
Mohamud Mohamoud Abdi Abdullahi Hassan Farah Warsame Jama Egal Osman Yusuf Aden Dualeh Hirsi
Tesfaye Haile Gebre Gebremedhin Tekle Berhane Kidane Woldemariam Mekonnen Abebe Girma Bekele
# Caribbean (mostly English surnames; a few common ones the lists may miss)
Ashley Bailey Beckford Campbell Clarke Francis Grant Henry Lindo McFarlane Morrison Reid Samuels
Spence Thompson Wint Anglin Bogle Brissett Dacres Ffrench Gayle Lawes Levy Lyn Mattis Mullings
Nembhard Pinnock Sinclair Wedderburn Whyte Gordon Chambers Beckles Alleyne Boyce Greaves Jordan
# Chinese (Cantonese and pinyin), Vietnamese, Korean, Filipino
Chan Chen Cheng Cheung Chow Chu Chung Fong Ho Hui Kwan Kwok Lai Lam Lau Law Lee Leung Li Liu
Lo Lui Ma Mak Ng Poon Siu Tam Tang Tse Tsang Wan Wong Wu Yau Yeung Yip Yiu Yuen Au Chiu Choi
Fung Ko Kong Kwong Kam Luk Man Mok Pang Sin Sze Tong Tsui Wai Wing Yam Yu Zhang Wang Zhao Huang
Zhou Xu Sun Zhu Gao Lin He Guo Luo Liang Song Xie Han Feng Deng Cao Peng Zeng Xiao Tian Dong
Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Lu Jiang Cui Zhong Tan Qiu
Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Truong Dinh Lam Mai
Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Hong
Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Aquino Villanueva Ramos Castillo
Dela_Cruz Delos_Santos Manalo Mercado Navarro Pascual Soriano Dizon Macaraeg Magbanua
# Middle Eastern, Kurdish, Afghan, Persian
Haddad Khoury Nasser Mansour Saleh Hamdan Khalil Najjar Darwish Hariri Karimi Hosseini Ahmadi
Mohammadi Rezaei Moradi Hashemi Jafari Rahimi Sadeghi Mousavi Azizi Ghorbani Kazemi Rostami
Popal Popalzai Stanekzai Sultani Wardak Durrani Rahimi Noori Amiri Barzani Talabani
# More communities living and working in the UK; Dutch and Afrikaans names also as the word
# after their particles (van der Merwe, du Plessis, de Vries)
# Welsh
Gwatkin Llywelyn Eynon Beynon Gittings Hopkin Meyrick Morgans Protheroe Prothero Traherne
Gwilliam Bebb Tomos Emlyn
# Scottish and Gaelic
MacLeòid NicLeòid MacDhòmhnaill NicDhòmhnaill MacAoidh MacNeacail Caimbeul Mackinlay Macnab
Macphee Nicolson Laidlaw
# Cornish
Trelease Tregunna Tremain Tremaine Tresidder Trewhella Rosewarne Sandercock Spargo Trethowan
Trevaskis Trezise Keast Nankivell Opie Penberthy Pethick Roseveare
# English regional and place-derived (Bury, a town too, also stays in not_names.txt: found
# after a first name or an initial, never alone)
Bury Astley Blackshaw Bulmer Cawthorne Dalby Fernley Hawksworth Helliwell Horsfield Ingleby
Marsland Pendlebury Rawcliffe Winstanley Aspden Beardmore Bebbington Blundell Bostock Culshaw
Eckersley Fairhurst Halsall Makinson Ollerenshaw Rostron Asquith Dransfield Fearnley Mawson
Pickersgill Bickerstaffe Brocklebank Cockcroft Fairbrother Ibbotson Meadowcroft Nield Pownall
Thwaites Wolstencroft Attwell Bonsall Cattell Dunnett Froggatt Lovatt Shenton Tomkinson
Arrowsmith Bagnall Baxendale Clowes Dakin Eardley Fitton Hassall Mayall Sidebottom Bestwick
Goodacre Wheatcroft Bamber Bleasdale Charnley Cottam Gornall Swarbrick Wareing
# Dutch, Flemish and Afrikaans
Jong Vries Dijk Groot Graaf Haan Heuvel Veen Broek Bruijn Heijden Beek Vliet Leeuwen Merwe
Heerden Niekerk Wyk Zyl Plessis Villiers Klerk Toit Vermeulen Meijer Dijkstra Smits Peeters
Janssens Botha Pretorius Steyn Nel Coetzee Fourie Potgieter Bezuidenhout Grobler Louw Marais
Oosthuizen Swanepoel Viljoen Venter Theron Malan Kotzé Labuschagne Pienaar Strydom Prinsloo
# German (ASCII spellings)
Konig
# Scandinavian, Finnish and Icelandic
Andersson Karlsson Eriksson Larsson Persson Svensson Gustafsson Pettersson Hansson
Fredriksson Henriksson Danielsson Gunnarsson Axelsson Kristiansen Karlsen Pettersen Johannessen
Jakobsen Kristensen Frederiksen Korhonen Virtanen Mäkinen Nieminen Koskinen Järvinen Lehtonen
Saarinen Salminen Heikkilä Hämäläinen Jónsson Sigurðsson Sigurdsson Guðmundsson Gudmundsson
Jónsdóttir Sigurðardóttir Sigurdardottir
# Korean and Japanese
Jeon Jeong Baek Heo Noh Roh Joo Ryu Hyun Byun Chae Yamazaki Nakajima Okada Kondo Ishii Fukuda
Miura Kaneko Ishida Ueda Miyazaki Takeda Kojima Sakurai Kinoshita Nomura Kikuchi Ishikawa Ueno
# Thai, Malaysian and Indonesian
Saetang Srisuk Setiawan Wijaya Santoso Gunawan Hidayat Kurniawan Saputra Nugroho Wibowo Susanto
Hartono Siregar Nasution Hamzah Yusof Othman Hashim Zainal Razak
# Greek and Cypriot
Papadopoulou Georgiou Nikolaou Ioannou Christodoulou Constantinou Konstantinou Demetriou
Dimitriou Charalambous Antoniou Panayiotou Savva Kyriacou Kyriakou Christou Economou
Papageorgiou Andreou Athanasiou Loizou Pavlou Petrou Stavrou Theodorou Vassiliou Stylianou
Stephanou Christofi Kyprianou Michaelides Georgiades Ioannides Nicolaou Panayi
# Albanian
Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Bytyqi Hasani Kastrati Ahmeti Basha Ismaili
Bajrami Hyseni Kryeziu Leka Lleshi Mehmeti Osmani Rexha Sula Tahiri Zeka Dervishi Veseli Halili
Rexhepi Salihu Sadiku Shabani
# Ukrainian and Russian
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Polishchuk Bondar Tkachuk
Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravets Ponomarenko
Kovalchuk Levchenko Kharchenko Melnyk Boyko Boiko Yurchenko Romanenko Kravchuk Savchuk Smirnov
Smirnova Kuznetsov Kuznetsova Popov Popova Vasiliev Sokolova Mikhailov Novikov Novikova Fedorov
Morozov Morozova Volkov Volkova Lebedev Pavlov Kozlov Orlov Makarov Zakharov Romanov Kiselev
Medvedev
# Hungarian (ASCII spellings)
Juhasz Meszaros Olah Racz Szilagyi Torok Feher Balazs Szucs Lukacs Gulyas Kiraly Fulop
Hegedus Deak Halasz Szekely Orban
# Czech and Slovak
Nováková Svobodová Novotná Dvořáková Procházka Procházková Kučerová Horáková Němcová Pokorná
Sedláček Navrátil Čermák Kříž Kovář Kratochvíl Vlček Konečný Štěpánek Moravec Tichý Baláž Lukáč
Kováčová Horváthová
# Croatian, Serbian, Bosnian, Slovenian
Horvat Kovačević Babić Marić Jurić Kovačić Knežević Vuković Marković Petrović Matić Tomić
Pavlović Božić Radić Perić Kralj Nikolić Jovanović Đorđević Djordjevic Stojanović Ilić
Stanković Milošević Popović Živković Todorović Ristić Mitrović Savić Kostić Simić Janković
Lukić Ivanović Krajnc Zupančič Hodžić Hadžić Begić Delić Hasanović Husić Alić
# Eritrean and Ethiopian
Tesfamariam Tesfamichael Ghebreyesus Gebreyesus Habte Mehari Gebremariam Ghebremariam
Gebremichael Ghebremichael Woldu Tesfay Berhe Asmerom Goitom Negash Yohannes Araya Tewolde
Abraha Gebrehiwot Hagos Tadesse Alemu Getachew Tefera Mengistu Assefa Worku Desta Hailu Kebede
# Sudanese and Arabic
Abdelrahman Babiker Eltayeb Abdalla Elhassan Elsheikh Hamad Suliman Yagoub Mahgoub Khalifa
Abdelaziz Barakat Farhat Ghanem Hammoud Jaber Kassem Khalaf Khatib Masri Nasr Sayed Shaheen
Yassin Younes Youssef Sharif
# Afghan, Kurdish and Iranian
Ahmadzai Karzai Hakimi Haidari Hashimi Jalali Niazi Noorzai Sadat Safi Samadi Shinwari
Yousufzai Zadran Habibi Rahmani Barakzai Zebari Kurdi Akbari Amini Asadi Bagheri Bahrami
Ebrahimi Ghasemi Heidari Khosravi Mirzaei Najafi Nasiri Nouri Salehi Soltani Taheri Yazdani
Sharifi Tavakoli Yousefi Moghadam Moghaddam
# Nepali
Gurung Limbu Tamang Thapa Shrestha Sherpa Khadka Karki Adhikari Basnet Bista Poudel Paudel
Pokharel Pokhrel Bhattarai Dahal Dhakal Gautam Ghimire Giri Khanal Koirala Maharjan Neupane
Sapkota Subedi Chhetri
# Sri Lankan (Sinhala and Tamil)
Wijesinghe Wijeratne Weerasinghe Rathnayake Jayasinghe Gunasekara Gunasekera Karunaratne
Liyanage Abeysekera Amarasinghe Ekanayake Gamage Jayasekara Mendis Nanayakkara Pathirana Peiris
Ranasinghe Samarasinghe Siriwardena Cooray Fonseka Arumugam Kandiah Karunakaran Murugan
Navaratnam Rajendran Ratnam Sivalingam Thambiah Vijayakumar Rasiah Balasingham
# Bangladeshi
Akter Akhter Bhuiyan Mondal Howlader Sikder Molla Mallik Majumder Kader Sarker Siddique
Talukder Khandaker Mazumdar
# Gujarati and Punjabi
Gohil Jadeja Popat Prajapati Rawal Bohra Chudasama Darji Dholakia Gajjar Hirani Kotak Kerai
Mirani Pujara Radia Rajani Sodha Tanna Unadkat Vekaria Dabhi Hindocha Jethwa Lodhia Odedra
Pattni Thanki Aujla Bhachu Bhandal Bhullar Boparai Dhami Dhesi Dhindsa Garcha Ghuman Jassal
Khaira Kooner Kular Nagra Nijjar Panesar Purewal Sanghera Sohi Takhar Thandi Dosanjh Marwaha
Pabla Shergill Tatla Birdi Kalra Rayat Sagoo Sunner Thiara Pannu
"""

# Entries of the sources that, in British English prose, are ordinary words far more
# often than anyone's name: dropped from the name lists altogether.
DROP_FIRST = """
An In Ok My So See Man Son Un Era Wm Jc Ma Pa Ima Per Us Lot Many Else Soon Sad Floor Gun
Season Miss Major Marine Carry Job Line Spring Star Ivory Lavender Golden Tan Forest Royal Can
Ale Angle Ante Canal Cord Divan Edit Eta Forum Grit Hang Harm Laze Loan Loot Mad Made Manual
Marry Mare Nail Over Raid Rares Salami Server Sever Side Sole Till Toms Toy Veer Wadi Tome Yon
Yuk Kismet Imam Maxima Tequila Suet Non Wale Pier Peer Aide Echo Omega Meta Karma Genie Fairy
Celesta Conception Ascension Hue Mi Ha Deb Barb Herb Shad Lien Sari Mica Tiny Windy Velvet
Lady Princess Dimple Viva Gala Albino Nacho Pastor Lope Ion Bunny Buster
""".split()
DROP_SURNAMES = """
Able Alley Almond An Angle Arms Azure Back Bad Bank Barrier Begin Belt Bench Big Blank Block
Board Body Book Books Boring Born Box Bus Cadet Call Cancel Card Carry Cases Center Centers
Chamber Channel Chapel Check Child Choice Class Clear Clerk Click Client Close Comes Comfort
Company Confer Constant Contractor Convey Cool Core Corner Cost Council Counts Court Courts Cover
Crew Crown Current Daily Dam Dance Dark Dash Date Dates Days Deal Dear Deck Deep Degree Deputy
Dew Doll Dollar Drain Drop Dry Due Dull Duty Even Eye Fall Falls Fast Few Files Fine Fit Fitting
Fix Force Forth Forward Free Freely Fresh Front Gain Games Garden Gas Gift Given Go Grab Grand
Grounds Grow Guard Guess Hair Hard Height Held Hey High Holding Hole Homes Host Human Junk Just
Killer Lack Lakes Large Lay Learned League Leisure Liberty Line Lines Link List Look Loyal Lucid
Lucky Mad Main Mall Marine Marry Mate Matter Mayoral Means Million Mix Money Morning Music Nary
Nation Nations Near New Nice Null Old Orange Ours Overall Pages Pair Pass Patch People Peoples
Person Persons Pick Pink Place Plain Plaza Plum Poor Pop Pounds Press Prime Profit Province Race
Raid Range Ranger Rank Rather Reach Ready Real Reason Record Register Ring Risk Roll Room
Rule Sale Sales Sample Sane Sans Say See Self Sell Service Session Seven Severe She Shield Shows
Sing Six Slate So Southern Spell Spring Springs Square Staff Stage Stamp Standard States Still
Stock Straight Such Super Surface Tank Tea Teal To Ton Toy Trail Treat True Valley Via Vice Wages
Wait Way Wear Weight Welcome Well Western Wire Woodland Word Work Works Yard You Zero Peach Plum
Ye Won Wee Tone Tall Bold Bigger Journey Hover Linger Prom Lower Core Reading Deputy
""".split()

# --- not_names.txt (CC0-1.0) ------------------------------------------------------------
# Capitalised words that are in the name lists, or look like names, but in UK public-sector
# FOI prose are almost always something else. The scanner never takes a run of these alone
# for a name, and they end a run of name words ("Jane Smith Information Officer"). Common
# real names (John, Mary, Smith, Taylor, Grace, Brown, White, Young, Cook) are left out on
# purpose, and so are the name particles the scanner joins (Mac, Ó, Ní, de, van, ap…).
NOT_NAMES = """
# Real names, listed all the same because in FOI prose they are mostly words ("Price
# Schedule", "Long Term Plan", "Green Lane", "Ward 7", "Day Centre", "Major Incident",
# "Best wishes"). NB the scanner skips a not-name even after a title, so with these here
# "Mr Green" or "Dr Hall" is not found: remove a word here to have it found again.
Will May Mark Bill Rose Hope Chase Price Page Hall Lane Field Fields Wood Green Long Little
King Bishop Ward Parks Day Major Law Low Prince Best
# Months, days, seasons, times
January February March April June July August September October November December Feb Mar Apr
Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon
Tue Tues Wed Thu Thur Thurs Fri Christmas Easter Whitsun Michaelmas Trinity Lent Advent Ramadan
Eid Diwali Days Week Weeks Month Months Year Years Quarter Date Dated Today Tomorrow Yesterday
Morning Afternoon Evening Night Annual Daily Weekly Monthly Term
# Letter words: greetings, sign-offs, headers
Dear Hello Hi Regards Thank Thanks Yours Sincerely Faithfully Kind Warm Wishes Please Re Fwd Fw
Cc Bcc Ref Subject Sent Attached Enclosed Enclosure Attachment Annex Appendix Reply Response
Responses Note Notes Sir Madam Annwyl Diolch Cofion Gywir Ddiffuant Cyfarchion
# Welsh words read as names once their accent is dropped ("Tŷ Glanmor" is a building)
Tŷ
# Words that are names in the lists but in FOI prose are mostly verbs or nouns
Can Trust Care Lead Post Cost Costs Case Cases Deal
# Determiners and pronouns that open a header or a signature line ("From: The FOI Team")
The This That These Those It Its He She His Her Him We Us Our They Them Their You Your My Who
All Any Each Every No Not None Yes Other Others Total Totals Number Numbers
# Ordinary words that are also names in the lists
Art Arts Bank Bay Bridge Castle Chance Chapel Charity Church Churches Coast Common Commons
Crown Dock Down Fair Fee Fees Ferry Forest Gate Halls Island Key Keys Land Liberty Link Links
Mount Nation Park Pool Port Post River Royal Sage Spring Square Star Street Tower Towers Trial
True Union Vale Valley Victory Well Worth Early Free Fine Grand General Private Minor Red Blue
Gold Silver Bronze Golden Queen Princess Duke Duchess Lord Lords Lady Dame Baron
# Roles and job words
Chair Chairman Chairwoman Chairperson Chancellor Vice Deputy Acting Interim Head Lead Leader
Director Directors Manager Managers Officer Officers Clerk Clerks Secretary Treasurer Warden
Master Mayor Provost Rector Vicar Canon Deacon Reverend Pastor Chaplain Minister Ministers
Sheriff Marshal Bailiff Coroner Registrar Surveyor Assessor Auditor Inspector Governor
Governors Trustee Trustees Member Members Partner Partners Agent Agents Nurse Nurses Doctor
Doctors Matron Midwife Midwives Surgeon Consultant Consultants Therapist Engineer Engineers
Analyst Architect Advisor Adviser Assistant Associate Coordinator Administrator Controller
Supervisor Specialist Technician Practitioner Caseworker Worker Workers Staff Employee
Employees Volunteer Volunteers Contractor Contractors Supplier Suppliers Student Students Pupil
Pupils Patient Patients Resident Residents Tenant Tenants Customer Customers Client Clients
Citizen Citizens Public People Person Persons Parent Parents Child Children Family Families
Carer Carers Applicant Requester Requestor Author Editor Judge Justice Constable Sergeant
Captain Colonel Chief Admiral Commander Cadet Ranger Steward Executive Executives Senior Junior
Principal
# Organisation, FOI and public-sector vocabulary
Act Acts Section Sections Schedule Part Parts Article Articles Regulation Regulations Rule
Rules Order Orders Code Codes Policy Policies Procedure Procedures Guidance Standard Standards
Strategy Plan Plans Framework Protocol Report Reports Review Reviews Audit Audits Record
Records Register Registers Request Requests Requested Enquiry Enquiries Information Freedom
Data Protection Privacy Disclosure Exemption Exemptions Exempt Withheld Released Refusal
Complaint Complaints Appeal Appeals Decision Decisions Notice Notices Commissioner Tribunal
Council Councils County Borough District City Town Parish Village Authority Authorities
Government Ministry Department Departments Directorate Division Office Offices Service Services
Unit Units Team Teams Group Groups Board Boards Committee Committees Panel Forum Cabinet Trust
Trusts Foundation Partnership Agency Agencies Commission Network Networks Centre Center
Hospital Hospitals Clinic Clinics Practice Surgery Health Healthcare Care Social Medical
Clinical Mental Primary Community Acute Wards Theatre Theatres Pharmacy Ambulance Police
Constabulary Fire Rescue Prison Probation Court Courts School Schools Academy College Colleges
University Universities Institute Library Libraries Museum Housing Planning Highways Transport
Parking Licensing Finance Financial Budget Procurement Contract Contracts Tender Tenders
Invoice Invoices Payment Payments Salary Salaries Pension Pensions Funding Fund Funds Grants
Income Expenditure Spend Spending Revenue Capital Estates Estate Facilities Property Properties
Building Buildings Site Sites Premises Waste Recycling Environment Education Training Learning
Development Research Quality Safety Risk Risks Assurance Compliance Governance Legal Corporate
Commercial Operations Operational Strategic Resources Resource Human Support Helpdesk Helpline
Switchboard Reception Communications Comms Media Marketing Digital National Regional Local
Central Northern Southern Eastern Western North South East West Upper Lower Greater United
Kingdom British English Welsh Scottish Irish French German Czech European International
Safeguarding Wellbeing
Welfare Benefits Council Tax Business Rates Emergency Incident Incidents Breach Breaches
Investigation Summary
# IT and security
Security Cyber System Systems Device Devices Server Servers Software Hardware Cloud Computer
Computers Laptop Laptops Desktop Desktops Tablet Tablets Phone Phones Mobile Mobiles Email
Emails Mail Web Website Internet Intranet Portal Online Firewall Backup Backups Patch Windows
Office Word Excel Outlook Teams Edge Chrome Access Project Exchange Apple Microsoft Google
Amazon Oracle Cisco Dell Zoom Virgin Gamma
"""

# Kept in not_names.txt only where the word is also in one of the name lists: products,
# suppliers and places (a place that is no one's name needs no entry).
NOT_NAMES_IF_LISTED = """
# Verbs and auxiliaries that open sentences
Would Shall Should Could Might Must Do Does Did Have Has Had Be Been Being Is Are Was Were Let
Get Make See Say Ask Give Take Find Hold Keep Carry Bring Send Pay Wish Sign Raise Rest Bear
Stand Note Check Press Charge Pass Cover Handle Book Stock Face Dial Draw Win Won Lay
# Conjunctions, prepositions, adverbs and numbers that open sentences
Which What When Where Why How If Unless Until Once Since As At By For From In Into Of On Off
Out Over Under Up Down Upon With Within Without And But Or Nor So Yet Also Too Very Just Only
Even Still Else Ever Never Always Often Here There Now Then Thus Hence Therefore However
Furthermore Moreover Although Though While Whilst Whereas Both Either Neither Same Such Many
Much More Most Few Less Own Per Via Again Against Among Before After Above Below Between Beyond
Through During Despite Towards Around About Along Across Next Last First Second Third Final
Further Overall One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred
Thousand Million Billion Half Pound Pounds Sterling Euro Euros Dollar
# IT and security: products and suppliers
Safari Firefox Explorer Azure Intune Defender Sentinel Linux Unix Android Lenovo Samsung Huawei
Fujitsu Citrix Sophos Mimecast McAfee Kaspersky Fortinet Juniper Aruba Meraki Avaya Mitel Gamma
Virgin Vodafone Sky Capita Civica Atos Xerox Ricoh Canon Epson Kyocera Lexmark Zoom Webex Skype
Jira Salesforce Dynamics Workday Jamf Ivanti Barracuda Darktrace Splunk Okta Duo Tenable Qualys
Veeam Acronis Nutanix Crowdstrike Falcon Carbon Trend Symantec Broadcom Palo Alto Pulse Apache
Tomcat Java Python Perl Cobol Delphi Sybase Informix Bluetooth Ethernet Fibre Broadband Router
Switch Switches Surface Galaxy Pixel Kindle
# Places and place words that are names in the lists but in FOI prose almost always places
Abbey Avenue Road Close Crescent Drive Way Walk Row Terrace Gardens Grove Place Mews Heights
View Rise Wharf Quay Harbour Manor Grange Lodge Court Farm Mill Cottage House Kent Surrey Essex
Sussex Devon Cornwall Dorset Somerset Wiltshire Hampshire Berkshire Cheshire Lancashire
Yorkshire Cumbria Durham Norfolk Suffolk Lincoln Lincolnshire Derby Derbyshire Chester Bedford
Warwick Worcester Gloucester Hereford Buckingham Oxford Cambridge London Wales Scotland England
Ireland Britain Cymru Belfast Cardiff Swansea Newport Wrexham Bangor Stirling Perth Inverness
Aberdeen Dundee Glasgow Edinburgh Leeds York Hull Bath Ely Kingston Richmond Lewisham Camden
Hackney Harrow Brent Barnet Ealing Merton Bromley Croydon Keynes Medway Luton Reading Slough
Windsor Burnley Wigan Oldham Salford Sefton Halton Knowsley Stockport Tameside Trafford Bury
Rochdale Calderdale Kirklees Barnsley Rotherham Doncaster Wakefield Sheffield Bradford
Leicester Nottingham Coventry Birmingham Manchester Liverpool Bristol Plymouth Exeter Norwich
Ipswich Colchester Chelmsford Southend Brighton Hastings Dover Canterbury Maidstone Guildford
Winchester Salisbury Taunton Truro Swindon Cheltenham Stroud Shrewsbury Telford Stoke Crewe
Warrington Halifax Huddersfield Harrogate Darlington Middlesbrough Sunderland Gateshead
Newcastle Carlisle Blackpool Southport Chorley Kendal Grimsby Scunthorpe
"""
# --- helpers --------------------------------------------------------------------------

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                      "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'"})


def fold(name):
    """ASCII spelling: 'Łukasz' -> 'Lukasz', 'Siobhán' -> 'Siobhan'."""
    s = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def latin(name):
    for ch in name:
        if ch in " '-":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def title(word):
    """Census ALL CAPS to Title case: SMITH -> Smith, MCDONALD -> McDonald."""
    w = word.strip().replace("’", "'")
    if w.isupper() or w.islower():
        w = "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
        w = "'".join(p[:1].upper() + p[1:] for p in w.split("'"))
    if w.startswith("Mc") and len(w) > 3 and w[2].islower():
        w = "Mc" + w[2].upper() + w[3:]
    return w


def words(block):
    """Entries of a hand-written block: separated by white space, '_' standing for a space
    inside one entry ("Ní_Bhriain"); lines starting with '#' are comments."""
    out = []
    for line in block.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out += [t.replace("_", " ") for t in line.split()]
    return out


def census_first(d):
    """Male and female lists merged: by share of the population, then by rank within its
    own list (the census ranks by exact count; the printed shares are rounded)."""
    key = {}
    for fn in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(d, fn)) as f:
            for line in f:
                p = line.split()
                if p:
                    n = title(p[0])
                    share, rank = float(p[1]), int(p[3])
                    old = key.get(n, (0.0, rank))
                    key[n] = (old[0] + share, min(old[1], rank))
    ranked = sorted(key, key=lambda n: (-round(key[n][0], 3), key[n][1], n))
    return ranked[:CENSUS_FIRST]


def census_last(d):
    out = []
    with open(os.path.join(d, "dist.all.last")) as f:
        for line in f:
            p = line.split()
            if p:
                out.append(title(p[0]))
            if len(out) >= CENSUS_SURNAMES:
                break
    return out


def provider(faker_dir, loc):
    if faker_dir not in sys.path:
        sys.path.insert(0, faker_dir)
    return importlib.import_module(f"faker.providers.person.{loc}").Provider


def values(p, attrs):
    for a in attrs:
        v = getattr(p, a, None)
        if v is None or callable(v):
            continue
        for n in (v.keys() if hasattr(v, "keys") else v):
            if isinstance(n, str):
                yield n


def clean(n):
    n = " ".join(n.replace("’", "'").split())
    if n.isupper() and len(n) > 1:  # zh_TW romanisations are ALL CAPS
        n = title(n)
    if len(n) > 2 and n[:2].isupper() and n[2:].islower():  # a typo in Faker: "COmfort"
        n = n[0] + n[1:].lower()
    return n


PARTICLES = {"da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le",
             "van", "von", "mac", "ó", "ní", "nic", "ap", "al", "el", "bin", "ben"}
LENITE = set("bcdfgmpt")


def lenite(stem):
    """Ó Briain -> Ní Bhriain: lenition of the initial consonant after Ní / Nic."""
    if len(stem) > 1 and stem[0].lower() in LENITE and stem[1].lower() != "h":
        return stem[0] + "h" + stem[1:]
    if stem[:1].lower() == "s" and len(stem) > 1 and stem[1].lower() in "aeiouáéíóúlnr":
        return stem[0] + "h" + stem[1:]
    return stem


def gaelic(last_names):
    """From the masculine Irish forms (Ó X, Mac X): the feminine forms (Ní/Nic + lenited X)
    and, because the scanner looks names up one word at a time, each form's last word."""
    forms, stems = set(), set()
    for n in last_names:
        toks = n.split()
        if len(toks) == 2 and toks[0] in ("Ó", "Mac"):
            stem = toks[1]
            if stem[:1].islower():  # "Ó hAodha": h-prefixed vowel stems stay as they are
                stems.add(stem)
                continue
            fem_p = "Ní" if toks[0] == "Ó" else "Nic"
            fem = stem if (fem_p == "Nic" and stem[0] in "CcGg") else lenite(stem)
            forms.add(f"{fem_p} {fem}")
            stems.update({stem, fem})
        elif len(toks) > 1:
            stems.add(toks[-1])
    return forms, stems


def polish_feminine(names):
    out = set()
    for n in names:
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if n.endswith(m):
                out.add(n[: -len(m)] + f)
    return out


# --- build ----------------------------------------------------------------------------

def build(names_dir, faker_dir):
    d = os.path.join(names_dir, "names")
    src_first, src_last = {}, {}

    def add(table, items, src):
        for n in items:
            n = clean(n)
            if len(n.replace(" ", "")) < 2 or not latin(n):
                continue
            table.setdefault(n, set()).add(src)

    add(src_first, census_first(d), "census")
    add(src_last, census_last(d), "census")
    for loc in FIRST_LOCALES:
        p = provider(faker_dir, loc)
        add(src_first, (n for n in values(p, FIRST_ATTRS) if " " not in n.strip()), loc)
    for loc in LAST_LOCALES:
        p = provider(faker_dir, loc)
        names = list(values(p, LAST_ATTRS))
        # Multi-word entries only where they start with a particle ("da Silva", "Le Roux");
        # the others in these lists are two surnames or a surname and a suffix ("Koch II").
        names = [n for n in names if " " not in n.strip() or n.split()[0].lower() in PARTICLES]
        if loc == "pl_PL":
            names += polish_feminine(names)
        if loc == "ga_IE":
            # Irish-language forms ("Ó Súilleabháin"): the scanner looks names up one word
            # at a time, so only their last words (masculine and feminine) are kept.
            forms, stems = gaelic(names)
            names = sorted(stems)
        add(src_last, names, loc)
    add(src_first, words(EXTRA_FIRST), "extra")
    extra_last = words(EXTRA_SURNAMES)
    forms, stems = gaelic(extra_last)
    add(src_last, extra_last + sorted(forms) + sorted(stems), "extra")

    # Irish names that the census spells without the apostrophe (OCONNOR -> Oconnor): add
    # the O' spelling where the rest is an Irish surname of en_IE (Connor) or the O' form is
    # known already. Both spellings are kept.
    irish = set(provider(faker_dir, "en_IE").last_names)
    o_names = {n for n in src_last if n.startswith("O'")}
    for n, srcs in list(src_last.items()):
        if "census" in srcs and len(n) > 3 and n[0] == "O" and n[1] not in "aeiouy'":
            cand = "O'" + n[1].upper() + n[2:]
            if cand in o_names or n[1].upper() + n[2:] in irish:
                src_last.setdefault(cand, set()).add("census")

    # ASCII spellings of names with diacritics ("Lukasz", "Siobhan", "Dabrowska"): many
    # UK systems drop them. Only for the sources nearest the UK population.
    for table, sources in ((src_first, FOLD_FIRST), (src_last, FOLD_LAST)):
        for n, srcs in list(table.items()):
            f = fold(n)
            if f != n and latin(f) and srcs & sources:
                table.setdefault(f, set()).add("folded")

    for n in DROP_FIRST:
        src_first.pop(n, None)
    for n in DROP_SURNAMES:
        src_last.pop(n, None)
    return src_first, src_last


HEADER = """# {what}, one per line (UTF-8, original capitalisation and diacritics, sorted).
# The scanner lowercases the list at build time; an entry only says a word *can* be a name.
# Sources:
#  - US Census 1990 name lists via the PyPI package `names` {nv}:
#    {census}.
#    Public domain (a work of the US Government).
#  - The person providers of the PyPI package `Faker` {fv}, Latin-script names of the
#    locales {locales}.
#    MIT licence, Copyright (c) 2012 Daniele Faraglia.
#  - Names common in the UK that those miss, ASCII spellings of names with diacritics and
#    Irish-language feminine forms, added by the redaction-check project; CC0-1.0.
# Built by build_names.py; see README.md.
"""


def wrap_locales(locales):
    return "\n#    ".join(textwrap.wrap(" ".join(locales), 80))


def write(fname, header, items):
    # One spelling per case-insensitive form, the one with most capitals: McDonald, not
    # Mcdonald; MacDonald, not Macdonald (the scanner compares lowercased words anyway).
    best = {}
    for i in set(items):
        k = i.casefold()
        caps = sum(c.isupper() for c in i)
        if k not in best or (caps, i) > (sum(c.isupper() for c in best[k]), best[k]):
            best[k] = i
    items = sorted(best.values(), key=lambda s: (s.casefold(), s))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("\n".join(items) + "\n")
    print(f"{fname}: {len(items)} entries, {os.path.getsize(os.path.join(HERE, fname))} bytes")


def not_names(first, last):
    listed = {n.casefold() for n in first} | {n.casefold() for n in last}
    always = words(NOT_NAMES)
    maybe = [w for w in words(NOT_NAMES_IF_LISTED) if w.casefold() in listed]
    return always + maybe


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    first, last = build(args[0], args[1])
    write("first_names.txt", HEADER.format(
        what="Given names",
        census=f"dist.male.first and dist.female.first merged, the {CENSUS_FIRST} most frequent",
        nv=NAMES_VERSION, fv=FAKER_VERSION, locales=wrap_locales(FIRST_LOCALES)), first)
    write("surnames.txt", HEADER.format(
        what="Surnames", census=f"dist.all.last, the {CENSUS_SURNAMES} most frequent",
        nv=NAMES_VERSION, fv=FAKER_VERSION, locales=wrap_locales(LAST_LOCALES)), last)
    write("not_names.txt", "# Capitalised words that are in the name lists, or look like "
          "names, but in UK public-sector\n# FOI prose are almost always ordinary words, "
          "roles, organisations, products or places.\n# Alone they never make a capitalised "
          "word a name candidate; common real names (John,\n# Mary, Smith, Taylor) are "
          "deliberately absent. Written by the redaction-check project;\n# licence: CC0-1.0. "
          "Built by build_names.py; see README.md.\n", not_names(first, last))
    if "--sources" in sys.argv:
        for table, name in ((first, "first"), (last, "last")):
            for n in sorted(table):
                print(name, n, ",".join(sorted(table[n])), sep="\t", file=sys.stderr)


if __name__ == "__main__":
    main()
