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
# English short forms that colleagues sign and are named by in notes ("asked Kev Doyle",
# "Cheers, Stu"); not those that are words or abbreviations too (Dec, Nat, Vic, Di, Em,
# Tel, Del; Deb and Barb are dropped below).
Ros Kev Nige Stu Mags Oli Marg Manj Jez Trev Rog Kat
# French given names the sources lack
Mathieu
# Names common among people living in the UK of South Asian, African, East and South-East
# Asian, Middle Eastern, Eastern European and other origins that the sources miss,
# compiled for redaction-check (stop 31); entries that are also common English words
# (a Zipf frequency of 3.0 or more in the English word list of the PyPI package
# `wordfreq`) left out, but for names known to be names first.
Aamina Aanya Abdal Abdelgadir Abdelmageed Abdelmoneim Abdelrahim Abdiaziz Abdifatah
Abdihakim Abdijabar Abdikarim Abdiladif Abdimalik Abdinasir Abdiqadir Abdiqani Abdirahim
Abdirashid Abdirisaq Abdirizak Abdisalam Abdisamad Abdishakur Abdissa Abdiwali Abdiweli
Abdulahi Abdulai Abdulla Abdulsalam Abdulwasiu Abeba Abegail Abenaa Abi Abinaya Abirami
Abishan Abla Ablavi Abolfazl Abrehet Absame Abshir Abubakar Abuk Abukar Abukari Achan Achol
Ackeem Adaku Adamu Adanna Adebisi Ademola Adenrele Adeoye Adesola Adesuwa Adetola Adewumi
Adewunmi Adeyinka Adhiambo Adiam Adib Adjei Adom Adoma Adomako Adotey Adut Adzo Aeron Aerona
Afaf Aferdita Afewerki Afi Afiq Afiwa Afriyie Afshan Afshin Afzal Afërdita Agaba Agron
Agyeiwaa Ahad Ahimbisibwe Ahmadu Ahmednur Ahsan Aidas Aidil Ailean Ailyn Aimable Aiman
Ainembabazi Ainomugisha Ainsley Aishat Aishwarya Aiste Aistė Aiza Ajak Ajanthan Ajibola Ajok
Akanbi Akande Akanimoh Akanksha Akankwasa Akberet Akech Akeem Akello Akena Akhil Akil
Akinola Akintunde Akinwunmi Aklilu Aklima Akmal Akofa Akol Akoth Akpene Akpos Akram Akunna
Akuol Alaba Alake Alali Albena Aleem Aleena Aleeza Alem Alemayehu Aleyamma Aleyna Aleš
Alganesh Alhassan Alim Alishba Aliya Aliyah Alketa Alojz Alok Alper Alrick Altaf Aluel Alya
Alzbeta Alžbeta Alžběta Amadu Amali Aman Amanya Amare Amarjeet Ambily Ambreen Aminat Aminu
Aminullah Aminur Amirah Amirali Amisha Amjad Amondi Amoy Ampaire Amran Anab Anahita Analiza
Anam Ananya Anas Anastasija Anastasiya Anatolii Anatoliy Anatoly Anaya Anbu Ancy Anees
Aneesa Anelia Aneliya Anesu Aneurin Anezka Anežka Ania Aniebiet Aniekan Anila Anis Anitha
Anjana Anjaneyulu Anju Anjuman Ankita Ankur Annaliza Annamma Anndra Anoma Anoop Anotida
Anoushka Anowara Anshul Antek Anu Anuj Anum Anuoluwapo Anupama Anushka Anyango Aoibh Aoko
Aparna Apiyo Aqib Aqila Aqilah Aqsa Araba Aravind Aravinda Aravinthan Araya Arbnora Archana
Arda Ardalan Ardeshir Ardiana Ardita Areeba Areej Aref Arek Arezoo Arfa Ariba Arinaitwe
Arinda Arjeta Arkady Arkan Armita Arnav Arooj Aroosa Arsalan Arsema Arsen Arseny Arshad
Arshdeep Arti Arulraj Arumugam Arvin Arwa Asabe Asad Asadullah Asantewaa Asanthi Aseda Aseel
Asen Asghar Ashenafi Ashfaq Ashik Ashikur Ashitey Ashraf Ashrafun Ashutosh Ashwin Asifa
Asiimwe Asingwire Asiya Asiye Aslam Aslan Asli Aslı Asmerom Assefa Asuquo Aswathy Asya Ataa
Atakan Atanas Ataur Atem Athira Atieno Atif Atikur Atiqah Atiqullah Atis Atousa Attah Attiya
Atuhaire Atukunda Atwine Audley Audu Auma Austeja Austėja Auwal Avan Avin Awais Awale Awang
Awatif Awen Awet Aweys Awil Awino Awudu Awuor Axmed Aya Ayak Ayanda Ayanle Ayat Ayaz Aydan
Aydin Aydın Ayebare Ayele Ayen Ayesiga Ayham Ayishetu Ayitey Aylin Ayobami Ayokunle Aysha
Ayshe Aysun Ayub Azam Azar Azhar Azim Azita Azizul Azizullah Azizur Azri Azza Babajide
Babirye Babs Babu Babylyn Badrul Bahar Bahoz Bahram Bakambu Bakari Bakhtiyar Bakri Balaji
Balakrishnan Balaraba Baljeet Balqis Baltazar Banafsheh Bandi Bandula Banza Baraa Baraka
Barakat Baran Barasa Bardia Bari Barrington Baryalai Barış Bashiir Bashkim Basirat Basit
Baskaran Basra Bassel Bassey Batrisyia Batuhan Baz Bazza Beathag Beena Behar Behnaz Bekele
Belal Belay Belinay Bency Benedicte Benedito Benett Beng Bengu Bengü Beni Benjie Berhanu
Berhe Berk Berkay Besart Besarta Besiana Betelhem Beto Betul Betül Bex Beytullah Beyza
Bhakti Bhargavi Bhaskar Bhavik Bheki Bhekithemba Bhuvana Bia Bibin Bienvenu Bijoy Biju Bilan
Bilikis Bilyana Bimpe Bindhu Bindiya Bindu Biniyam Bino Binoy Binta Binu Biodun Birhanu
Birtukan Bismark Bisrat Blagoy Blendi Boatemaa Bodrul Boguslaw Boguslawa Bogusław Bogusława
Bohdana Bohumil Bohumila Bohuslav Bol Bolaji Bolanle Boma Bongani Bontu Borislav Borislava
Boru Borya Boryana Bosibori Botan Bowen Boyan Bozhidar Brikena Bruk Brynmor Buddhini Buhle
Bukky Bukurie Bulent Bunty Bupe Burcu Buse Busisiwe Busola Buthaina Bwalya Bwambale
Byaruhanga Bénédicte Bülent Caasha Cabdi Cabdiraxmaan Cabdullahi Cadi Caerwyn Cahit Canab
Carine Cath Cawo Caz Celestin Ceren Ceyda Chaewon Chak Chala Chaltu Chama Chamari Chamathka
Chanaka Chancelle Chandrika Charith Charito Chathuri Chathurika Chaz Chebet Chee Chelimo
Chenai Cheng Chenxi Chepkemoi Chepkoech Cherono Cheruiyot Chevelle Chhavi Chiagozie
Chiamanda Chibueze Chibuike Chibuye Chibuzor Chidiebere Chido Chiedozie Chiedza Chikondi
Chikumbutso Chileshe Chilufya Chimamanda Chimezie Chimwemwe Chinaza Chinazom Chinecherem
Chinedum Chinemerem Chinenye Chinweike Chinwendu Chiomaka Chiratidzo Chisimdi Chisom Chisomo
Chitra Chiu Chizaram Chol Chola Choolwe Chuka Chuks Chukwuma Chunyan Chye Cigdem Cinar
Ciorstaidh Cismaan Clarisse Cleber Cleiton Conroy Costela Courtland Criostoir Críostóir Cuan
Cumar Cuneyt Cuong Curstaidh Cyiza Czesław Célestin Cüneyt Cường Dagnija Dagogo Dahabo Dahir
Dahyun Daiva Dalal Dalisay Dalitso Dalma Damayanthi Damia Damilare Damith Damla Danait
Dancho Dandan Danguole Danguolė Daniil Daniyal Danladi Danut Darach Darasimi Darek Darkoa
Daryoush Dasha Dasom Dasun Daud Dauda Davie Davood Dayib Dazza Deano Debs Dedei Deepesh
Deepthi Deeq Defne Deka Delali Delano Delaram Delboy Dele Delshad Delwar Demeke Demet Demola
Denitsa Denzil Deqa Dervan Desta Deyan Dhanalakshmi Dhanush Dhanya Dhia Didem Didzis
Dielleza Diep Diepreye Dieudonne Dieudonné Dilek Dilhani Dilnia Dilpreet Dilraj Dilrukshi
Dilwar Dilys Dima Dimo Dinh Dinithi Dinsa Dinushan Dipti Dirie Divina Diệp Dler Dmitriy Doaa
Dobromira Dodong Dodzi Dohyun Dolapo Domingos Dongwook Donika Donka Dorentina Dorotka Dorsa
Doruk Dotun Dougie Dragomir Drahomir Drahomira Drahomír Drahomíra Dren Drenusha Driton Dua
Duaa Duale Dualeh Dualta Duda Dudu Dughall Dujon Dulan Dulani Duminda Dumisani Dumitrel
Dunni Dut Duy Duygu Dzidzor Dzifa Dùghall Dănuț Ebele Ebi Ebiere Ebise Ebiye Ebo Ebru
Ebtisam Ebun Ebunoluwa Ebyan Ece Echezona Eck Ecrin Edet Edidiong Edijs Edinam Edon Edona
Edris Edson Edyta Eesa Effiong Efia Efosa Egal Ege Eghosa Ehigie Ehimare Ehiremen Ehis
Ehizogie Ehsaan Einars Einārs Eiteag Ejiro Ekaete Ekaette Ekam Ekanem Ekemini Ekhlas Eki
Ekinadose Ekpo Ekua Ekuwa Ekwutosi Elango Elanur Elfatih Elhadi Eliane Elie Elikem Elira
Elitsa Elizaveta Elkhair Elmahdi Elmi Elnaz Elnour Elom Elorm Elrasheed Elsayed Elsheikh
Elsy Eltahir Elvir Emel Emem Ememobong Emenike Emiliya Emiliyan Emoke Emrah Emőke Enam
Endale Eni Eno Enobong Entela Entisar Enyonam Eoghain Eoghann Ephrem Eranga Erdem Eren Erhan
Eriona Erjon Erjona Ersin Erza Erzsi Erzsike Ese Eseosa Eshal Eshetu Esin Esinam Eslem Esma
Esohe Esra Esraa Etain Etim Etornam Eugeniusz Eunbi Eunhye Eunjung Eunseo Euphemia Eurig
Eustace Evandro Evans Evariste Evgeni Evgenia Evgeniy Evodie Ewka Ewurabena Ewurama Exauce
Exaucé Eyasu Eyerusalem Eylul Eylül Eymen Eyo Eyram Eyup Eyüp Eze Ezinne Eòghann Fabiano
Fabrice Fadia Fadlalla Faduma Fadwa Fady Fadzai Fadzi Fadzil Faezeh Fafa Faheem Fahim Fai
Faiza Falah Fana Fanel Fangfang Fani Fara Faramarz Faraz Fardin Fardowsa Fareeha Farhad
Farhat Farhia Farhiya Faridoon Farirai Farooq Faruque Farzaneh Farzin Fasil Fatbardha Fateh
Fatin Fatjona Fatme Fatmir Fatuma Fawzia Fayisa Fayyaz Fazal Fazlul Fazlur Fearchar Fekadu
Felicien Feng Ferdia Ferdous Ferdousi Ferehiwot Fereshta Fereshteh Ferhat Feri Feride Ferko
Ferkó Festim Feyisayo Fiadh Fidele Fidèle Figen Fikre Fikret Fikri Fikru Filsan Fionnlagh
Firas Firoozeh Fisayo Fisnik Fiston Fitore Fitzgerald Fitzroy Fiyin Fiza Flann Fliss
Floraidh Flordeliza Flore Flutura Flòraidh Fola Folarin Forough Fosiya Fouzia Fowsia Foysal
Franek Frehiwot Fuat Funda Fung Fungai Furkan Furqan Fuseina Fuseini Fyodor Félicien Fănel
Gabija Gachanja Gadisa Gakwaya Galgalo Galin Galya Gamini Gamuchirai Gamze Ganesan Ganiyu
Ganza Garang Garba Gashaw Gasim Gatete Gathoni Gav Gaz Gazmend Gazza Gebre Gebrehiwet
Gebremariam Gebremedhin Gedeon Gedi Geedi Geetha Geethani Gelareh Gellert Gellért Gemechu
Genadi Genc Gennady Genowefa Gentian Georgy Germano Ghadeer Ghaffar Ghazal Ghazala Ghebre
Ghebreab Ghebremedhin Ghirmay Gholamreza Giang Gigel Gihan Gilleasbuig Gints Giovana Girmay
Gitau Githinji Gizela Gizem Gjergj Gleb Glody Gloire Gobinath Godefroid Godfred Gokhan
Goktug Gokul Golnar Golshan Gopakumar Gopi Gopika Granit Graziela Grazina Gražina Grigor
Grigory Grzesiek Guan Guangming Guddu Gugu Gulaid Gulalai Gulan Gulcan Gulistan Gulizar
Gulnar Gulnaz Gulnur Gulsum Gundars Gunjan Guohua Guoliang Guoqiang Gurbachan Gurbir Gurj
Gurkan Gurpal Gurveer Gutu Guuleed Guylain Guyo Gédéon Gökhan Göktuğ Gülcan Gülistan Gülizar
Gülnaz Gülnur Gülsüm Gürkan Haben Habimana Habon Habtamu Habte Hacer Hadas Hadeel Hadi Hadia
Hadil Haf Hafeez Hafiy Hafizah Hafizur Hafsah Hafwen Hagos Haidar Haider Haifa Haikal
Hailemariam Haitao Haitham Haiyan Haji Hajira Hakim Hakizimana Haleema Haleh Halim Hamda
Hameed Hameeda Hamida Hamidreza Hamidullah Hamisi Hamisu Hamit Hammad Hamoud Hamoudi Hanad
Hanadi Hanan Hande Haneen Haneul Hani Hania Hanieh Hanif Hanis Haniya Hannan Hansa Hansika
Haoyang Haoyu Harbans Hardi Hariharan Harika Harith Haritha Harj Harjot Harkirat Harmeet
Harnoor Harpal Harshani Hasanur Haseeb Hashi Hashmat Hasib Hasitha Hasnain Hassana Hasti
Hategekimana Hau Havva Hawi Hawkar Hawo Hayat Hayatullah Hayoon Hayri Haz Hazal Hazim Haziq
Hazwan Hedd Heddwyn Hedvika Heena Hei Hekmat Helal Helder Helia Helina Hemanth Hemin Hend
Hengameh Heniek Heorhiy Heritier Herkus Hermela Hersi Hesam Heshan Heta Hevi Hezekiah Hibaaq
Hidayah Hien Hikmatullah Hikmet Hilal Hilmi Himanshu Hin Hinda Hing Hira Hiranur Hiraya
Hiren Hirsi Hiruni Hirut Hiwet Hiền Hoai Hoda Hodman Hodo Hogr Homa Homayoun Hongmei Hongwei
Hongyan Hongyu Honorata Hoorain Hooria Hopeton Hosai Hoshyar Hosneara Houda Houman Hoài
Hristina Hristiyan Hryhoriy Huat Hughie Huguette Huijuan Huimin Huma Humayun Husna Husnu
Hussaina Hussnain Huu Huyen Huyền Hyeri Hyewon Hysen Hyunjoo Hyunsoo Hyusein Hélder Héritier
Hêvî Hüsnü Hậu Hữu Ibiere Ibim Ibinabo Ibrar Ibtisam Icilda Idalina Idara Iddrisu Idemudia
Idi Idil Idman Ifa Ifeolu Ifesinachi Ifiok Ifor Ifra Igbal Ihsanullah Ihuoma Ijaz Ijeoma
Ikechi Ikhwan Ikram Ikran Ilango Ilham Ilian Ilirjan Ilirjana Iliya Ilker Ilunga Ilwad Imani
Imaobong Imdad Immy Imran Imrich Imtiaz Imuetinyan Inaam Inaaya Inacio Inam Inas Inayatullah
Inday Inder Indika Ineza Ingabire Ingus Ini Iniobong Inoka Inonge Insyirah Intan Intars
Inyang Inácio Ionie Ipek Iradukunda Iram Iranzi Irek Irem Ireneusz Ireoluwa Iresha Irmak
Irum Isah Ishan Ishaq Ishara Ishfaq Ishimwe Ishrat Ismaciil Ismaeel Ismaila Isoken Israa
Issah Issy Istahil Istar Itohan Itoro Ivaylo Ivelina Ivie Ivone Iyad Iyanu Iyobosa Iyore Iza
Izabella Izoduwa Izuchukwu Izzah Izzat Izzati Izzie Işıl İlker İpek İrem Jaamac Jabbar Jaber
Jabril Jac Jacko Jacky Jadesola Jadzia Jagan Jagath Jagoda Jahmal Jahura Jaiden Jaimin
Jaimon Jairo Jaison Jakir Jale Jama Jamal Jamil Jamshid Janaina Janarthanan Janaína Jancsi
Janka Jannatul Japneet Jarek Jarin Jarnail Jaromir Jaromír Jaroslava Jas Jase Jashim Jasim
Jasjit Jaskaran Jasmeet Jasraj Jassim Jasveer Jathusha Javaid Javed Javeria Javid Jawahir
Jawed Jawid Jayant Jayanthi Jayasree Jaypee Jayshree Jaz Jeancy Jeena Jegan Jehona Jelagat
Jemal Jenalyn Jennylyn Jensen Jepkosgei Jeptoo Jermain Jessa Jessy Jeta Jetmir Jeton
Jeyanthi Jhanelle Jharna Jhun Jiah Jiahao Jiahui Jiajun Jiale Jiali Jiamin Jianguo Jianjun
Jianming Jianping Jianxin Jiaqi Jiarui Jiawei Jiaxin Jibin Jibola Jibril Jibrin Jide Jigna
Jiho Jiji Jijo Jimcale Jincy Jindriska Jindřiška Jingjing Jingwen Jingyi Jinhee Jinhua Jins
Jinto Jinty Jinu Jisha Jisoo Jitesh Jithin Jiyan Jiyun Jobin Jocelyne Jodian Johnno Joice
Joji Jolana Jomar Jomari Jomon Jonno Jono Joonho Jothi Joud Jovelyn Joynab Juca Juci Juhi
Juliano Juma Jumana Jummai Jungmin Jungwoo Junho Junhui Junjie Junyi Jurate Jurek Jurgis
Jurijs Jurģis Juvenal Jyothi Jyotsna Jūra Jūratė Kaafi Kaan Kabeya Kabongo Kabwe Kadeem
Kadhim Kadian Kadir Kafayat Kafiya Kafui Kah Kahsay Kaiden Kailash Kaiyuan Kajal Kajanan
Kajani Kajeepan Kakra Kalaba Kalai Kalaivani Kalala Kalana Kaleb Kalekye Kalimullah Kalisa
Kalombo Kalonji Kaloyan Kalsoom Kaltrina Kaltun Kalyani Kamalini Kamaljeet Kamalpreet
Kamanzi Kambiz Kamen Kamile Kamilla Kamilė Kamoru Kamsi Kamsiyochukwu Kanchana Kandiah
Kanika Kanku Kanmani Kansiime Kantilal Kanwaljit Kanyinda Kapembwa Kapil Kapinga Karanja
Kardo Kariuki Kartar Karthikeyan Kaseem Kasonde Kasongo Kasozi Kasra Kassahun Kasule
Katayoun Kath Kathir Katongo Katya Kavata Kavinda Kawsar Kawser Kayden Kayitesi Kayley Kayse
Kayvan Kaz Kazadi Kazeem Kazem Kazhal Kazik Kazimieras Keat Kedir Keerthana Keerthi
Keerthika Keir Keita Kejsi Kekeli Kemigisha Kemoy Kemunto Kenechukwu Keneisha Kennedy Keong
Kerem Kerene Kerubo Kesete Kethees Ketheeswaran Keval Kewal Keyvan Kez Keza Kezza Khadar
Khai Khairi Khalid Khalida Khalif Khaliq Khan Khanda Khang Khanyisile Khashayar Khawla
Khizar Khoa Khoi Kholoud Khurram Khurshid Khôi Khải Kiala Kiarash Kiarie Kiat Kibet Kidus
Kien Kiflom Kiggundu Kiin Kiir Kiko Kimani Kimia Kimone Kinfe Kinjal Kinyua Kioko Kipchoge
Kipkemboi Kipkorir Kiplagat Kipngeno Kiprop Kiprotich Kipruto Kiptoo Kirabo Kiranjit Kirezi
Kiril Kirpal Kirti Kirushanth Kirushanthy Kisakye Kisanet Kishanth Kitija Kiu Kiyan Kizito
Kizza Kiên Klajdi Kledi Klodiana Kobby Kobra Kochu Kodzo Kofitse Kohinoor Kok Kokila Koku
Kolade Kolya Kome Komla Konadu Kondwani Koorosh Korkoi Korku Kosi Kosrat Kossi Kostadin
Kostya Kostyantyn Kowsalya Kowsar Kowsika Krasimir Krasimira Kremena Kreshnik Krishan
Krishnan Krupa Krysia Krzysiek Kseniya Kuan Kubilay Kubra Kuda Kudakwashe Kudjo Kudzaishe
Kuen Kufre Kugan Kulbir Kuldip Kuljit Kully Kulsoom Kulsum Kumara Kumari Kumbirai Kumbukani
Kumsal Kunal Kunda Kundai Kunjumon Kuol Kuria Kuzey Kwabina Kwabla Kwadjo Kwai Kwami Kwamina
Kwan Kyarikunda Kyomugisha Kyomuhendo Kyunghee Kyungsoo Kübra Labiba Labinot Lachezar Ladan
Ladi Lado Ladu Laiba Lailuma Laima Lakhwinder Lakmini Lalit Lalita Lalith Lamees Lamia Lamis
Lamya Langelihle Lartey Lasantha Lascelles Lasith Lasma Lata Latha Latifat Lavan Lavdrim
Lawal Lawan Lekan Lekshmi Lelde Lelisa Leman Lemlem Lencho Leng Lenka Lennon Lensa Lenuta
Lenuța Lenworth Lerato Letchumi Letemichael Letensae Leul Leusa Leutrim Levent Liadan Lian
Liaqat Libin Libor Libuse Libuše Lidiya Lidya Ligaya Lihua Lijana Liji Lijuan Lijun Lilibeth
Lils Limbani Limya Lincy Lindiwe Linford Lingling Lini Linu Linval Lipi Liping Liridon
Lirije Liton Livvy Lixin Liyana Llew Loganathan Logeswaran Loi Lokman Lolade Lombe Lorelie
Lorenc Lorinc Louay Loz Lozza Lual Luam Lubana Lubasi Lubega Lubica Lucica Lucyna Ludmiła
Ludovit Ludwik Lughaidh Luize Lujain Lukusa Lule Luljeta Lun Lurdes Lurdinha Lushomo Lutete
Luul Luula Luxika Luxmi Luxshan Luyando Luzviminda Luīze Lwanga Lwazi Lyosha Lyuba Lyuben
Lyubomir Lyubov Lyuda Lyudmyla Líadan Lāsma Lőrinc Lợi Maame Maan Maano Mabior Macca Macey
Machar Macharia Maciek Madalitso Madan Maddison Maddy Madhavan Madhu Mading Madoc Madushan
Madushani Madzia Maebh Magdi Magool Mahalakshmi Maham Mahama Mahamed Mahamoud Mahan Mahbooba
Mahboubeh Mahela Mahin Mahira Mahjabeen Mahmuda Mahmudul Mahrukh Mahshid Mahtab Mahya Mahyar
Maicon Maimuna Maina Mainza Maisarah Majak Majlinda Majok Makafui Makanaka Makeda Makokha
Maksim Maksims Maksuda Makuei Makuochukwu Mala Malala Malani Malar Maliha Malith Mallikarjun
Malonga Malsha Malual Mamdouh Mamoun Mamta Mamunur Manahil Mandip Mandla Manh Manikandan
Manikanta Maninder Manjinder Manjola Manjula Mannan Manoel Manohar Manoharan Mansi Mansoor
Mansour Mansur Manveer Manyang Manzi Mapalo Maqsood Maral Maram Marcis Mardochee Mardochée
Mared Marharyta Mariamma Maricar Maricris Marigona Marivic Mariyam Maros Maroš Martyna
Marufa Maryama Maryan Masha Mashair Mashuk Masinde Masooda Masum Mateen Mathivathani Mathuja
Mathumitha Mathuran Matin Matondo Matvey Matviy Mavinga Mawahib Mawuena Mawunya Mawusi
Mawutor Maxamed Maxamuud Mayank Mayen Mayooran Mayowa Maysoon Mazhar Mazin Mazlan Mazvita
Mazyar Mbabazi Mbala Mbemba Mbombo Mbugua Mbuotidem Mburu Mbuyi Mduduzi Measho Meaza
Mebrahtu Mebrat Medeea Medhanie Medine Meenakshi Mehmood Mehrab Mehreen Mehret Mehri Mehria
Mehrnaz Mehrnoosh Mehrzad Mehtap Mehwish Meimei Meklit Melek Melike Melis Meltem Memoona
Memunatu Mengistu Mengqi Merhawit Merlie Merline Mert Merve Merveille Meseret Meti Metodi
Mfon Mfoniso Mian Michalina Mico Mihaiela Mihaita Mihret Mihăiță Mikail Miks Mikyung Milada
Milen Miluse Miluše Mim Minahil Minara Minghui Mingyu Mingze Minho Minjae Minoo Minseo
Minsoo Mirac Miraç Mirek Mirembe Mirlind Mirosława Mirza Misbah Misgana Mithat Mithu Miyoung
Mlungisi Moataz Moawia Mobeen Mobolaji Mofizur Mohammadreza Mohammod Mohamoud Mohit Mohsin
Moin Moinul Moise Mojdeh Mojtaba Mokaya Mokhlesur Mokhtar Momchil Momtaz Monir Monirul
Monowara Montasir Monu Moraa Moriom Morjina Moshiur Motiejus Mouaz Mounika Mounir Mousumi
Mowlid Moyo Moz Moïse Mphatso Mpiana Mpumelelo Mputu Mqondisi Mthulisi Muath Muawia Muayad
Muaz Mubanga Mubashir Muchen Muchiri Mudassar Mueni Mufaro Mugabo Mugahid Muge Mugisha Mugo
Muhaimin Muhamet Muhammadu Muhannad Muhib Muhit Muhsin Muhumuza Muiris Muirne Mujahid Mujib
Mujinga Mujuni Mukamana Mukamurenzi Mukasa Mukeba Mukendi Mukhtaar Mukhtar Muktadir Mukuka
Mukul Mulenga Mulikat Mulu Mulumba Muma Mumba Mumbi Mumbua Mumin Mumit Mumtaz Mumuni Muna
Munachi Munashe Mundher Munim Muntadhar Munther Munyaneza Munyaradzi Muqtadir Murad Murchadh
Muriuki Murtadha Murtala Murtaza Murugan Musarrat Mushtaq Musinguzi Muskan Musoke Musonda
Mustansar Mustapha Musyoka Mutale Mutesi Muthoni Muthu Muthukumar Mutinta Mutiso Mutiu
Mutombo Mutoni Mutsa Mutsawashe Mutua Muuse Muzhgan Mwaba Mwamba Mwanaisha Mwansa Mwape
Mwelwa Mwende Mwenya Mwesigwa Mwikali Mwila Mwiza Mwongeli Mykolas Mylene Myroslav Myroslava
Müge Mārcis Mạnh Naana Nabatanzi Nabi Nabila Nabilah Nabirye Nabukeera Nabukenya Nadeeshani
Nadege Nader Nadezhda Nadhirah Nadifa Nadira Nadiya Nadya Nadège Nafisa Nafula Nagarajan
Nagaraju Nagendra Nagham Nagla Naheed Nahid Naiga Naji Najib Najiba Najla Najma Najwa
Nakalema Nakamya Nakanwagi Nakato Nakayiza Nakibuuka Nakimera Nakimuli Nakitende Nalini
Nalubega Nalule Nalwadda Nalwanga Namaganda Namal Namatovu Namirembe Namubiru Namukasa
Namukolo Namuli Namutebi Nanda Nandhini Nandi Nankya Nansi Nansubuga Nanthakumar Nantongo
Naomie Naqib Narasimha Nari Nariman Narin Naseem Naser Nasim Nasimiyu Nasra Nasreldin
Nassali Nastaran Nastassia Nasteho Nastya Natalee Nataliia Natarajan Natercia Natukunda
Natércia Nauman Naveeda Navpreet Navraj Navya Nawar Nayden Nayeem Nayna Nazan Nazanin Nazdar
Nazifa Nazila Nazim Nazirah Nazish Nazli Nazlı Nazmi Nazreen Nazım Ndayisaba Ndinda Ndubuisi
Nduku Ndungu Nduta Nebiyu Necdet Nedim Nedko Nedyalko Neelam Neema Neenu Neeraj Neeta Neethu
Negasi Negassi Nehal Nehir Nekesa Neli Neneng Nertil Neslihan Nesreen Nethmi Neuza Nevaeh
Nevin Nexhat Nexhmije Ngalula Ngan Ngandu Nghia Nghĩa Ngonidzashe Ngor Ngosa Ngoy Ngozika
Ngugi Ngân Nhan Nhi Nhlanhla Nhu Nhung Nhyira Nhàn Nhân Như Nibal Nickeisha Nickesha Nidaa
Nidal Nighat Nigisti Nihat Nijole Nijolė Nikol Nilanthi Nilay Nilmini Nilufa Nilufar Nilufer
Niluka Nilüfer Nimal Nimesh Nimmy Nimo Ning Ninh Ninsiima Niousha Nipa Nirav Nirojan Nirosh
Nisa Nisar Nish Nishani Nishant Nishanthan Nishanthini Nishat Nishtiman Nithin Nivetha
Niwagaba Niyonzima Nizar Njabulo Njambi Njavwa Njomza Njoroge Njuguna Nkandu Nkiru Nkongolo
Nkosana Nkulu Nkululeko Nnaemeka Nnenna Nneoma Nobuhle Noemia Nokutenda Nokuthula Nomalanga
Nomathemba Nomsa Nomvula Nonoy Nooria Noorullah Nooshin Noraini Nordia Nortey Nosa Nosakhare
Nosheen Nouman Noushin Nowshin Noémia Nqobile Nsengimana Nshuti Nsikak Nsimba Nsingi Nsubuga
Ntando Ntombi Nuhu Nurie Nurin Nurjahan Nusiba Nutifafa Nuura Nuurto Nuwagaba Nwachukwu
Nwakaego Nyaboke Nyakato Nyakio Nyakundi Nyamweya Nyandeng Nyaradzo Nyarai Nyarko Nyibol
Nyok Nyokabi Nzinga Nzioka Nzuzi Oanh Obaidul Obaidullah Obed Obeng Obi Obiageli Obiora
Obong Obsa Obumneme Ocen Ochan Ochieng Ochola Odane Odera Odeta Odete Odoi Odongo Oduor
Ofonime Oforiwaa Oghenekaro Ogheneochuko Oghenero Oghenetega Oghenevwoke Ognyan Ogochukwu
Ogola Ogonna Ogutu Oguz Oguzhan Ohemaa Oighrig Oishi Ojars Ojiugo Ojok Ojārs Okai Okello
Oketch Okon Okot Okoth Oktay Okwudili Olabisi Olaide Olajide Olaolu Olatunji Oldrich Oldřich
Olek Oleksander Olexander Olisa Olubukola Oludare Olumuyiwa Olusanya Oluseun Olusola
Oluwabukola Oluwadamilola Oluwafunmilayo Oluwagbenga Oluwakayode Oluwanifemi Oluwapelumi
Oluwatimilehin Oluwatobiloba Oluwatomi Oluwatomisin Oluwatosin Oluwayemisi Oluyemi Olweny
Olya Omari Ombati Omed Omnia Omolola Omondi Omoregie Omoruyi Omosede Omowunmi Oneika Oneil
Onome Onoriode Onsongo Onur Onyango Onyebuchi Onyedika Onyekachi Onyekachukwu Onyinyechi
Opeyemi Opio Opiyo Oreoluwa Orest Orges Orjola Orly Orrin Osagie Osahon Osakpolor
Osamudiamen Osaretin Osaro Osarumen Osas Osasere Osayande Osayuki Osaze Osazee Osei
Osemudiamen Oshane Ostap Otakar Otim Ouma Ovie Owino Owor Oya Oyebola Oyelola Oyin
Oyindamola Oyinkansola Oyku Ozan Oğuz Oğuzhan Padma Padmaja Palani Palitha Palwasha Panashe
Panna Pantea Panyin Pappu Papy Parag Paramjeet Parastoo Pardis Pari Parinaz Parul Parvaneh
Parvathi Parvathy Parviz Parwin Pasan Pascaline Pashtana Pathum Patrycja Paudie Pavan
Pavandeep Pavithra Pavlina Pavlína Payal Pedram Peigi Pejman Pelin Pelumi Pencho Perekeme
Perparim Perveen Pervez Perwin Peshawa Petey Peti Petko Petranka Petya Phani Phong Phuc
Phumzile Phung Phát Phúc Phụng Pinal Pinar Piotrek Pirasanna Pirashanth Piriyanka Pisti
Piumi Plamedi Plamen Plamena Poh Pokuaa Pola Polat Poonam Poornima Pooya Popy Potyi Poyraz
Prabath Prabha Prabhakaran Prabhdeep Prabhu Pragya Prasanth Pratik Praveen Preet Preethi
Preeti Premadasa Premysl Prerna Preslav Preslava Preye Prisca Pritam Pryderi Przemek Puja
Puneet Purvi Puspa Puya Pyotr Përparim Pınar Přemysl Qadir Qadra Qaisar Qaiser Qali Qayum
Qayyum Qemal Qendresa Qendrim Qian Qianqian Qistina Qiuyue Quan Quddus Qudratullah Qudsia
Quim Quoc Qutaiba Quy Quynh Quân Quý Quốc Quỳnh Qëndrim Raad Rab Rabab Rabiu Rachidi Rachna
Radoslav Radostin Radostina Radovan Rafaqat Rafsan Raghad Raghavendra Raghu Raha Rahaf
Rahama Raheela Rahena Rahila Rahima Rahimullah Rahma Rahman Rahmanullah Raho Rahwa Raihan
Raimondas Raja Rajani Rajat Rajeev Rajeevan Rajeswari Rajiv Rajkumar Rajmund Rajnikant Rajon
Raju Rajveer Rakib Rakiya Ramachandran Ramadevi Ramakant Ramakrishna Ramana Ramani Ramatu
Rameez Ramil Raminder Ramkumar Ramtin Ramy Ramya Raneem Rani Ranil Ranjan Ranjeet Ranjini
Ranjith Ransford Ranu Raonaid Raqib Rasel Rasheed Rashidi Rasik Rastislav Rathika Rauf Rav
Ravichandran Rawand Rawya Raya Rayko Raz Raza Razak Razia Razu Razzaq Redon Reena Reham
Rehema Rehman Rehmat Rekan Remigijus Remigiusz Remya Renars Renas Renuka Renārs Resham
Reshma Reshmi Resmi Rexhep Rezan Rezarta Rezwan Rhonwen Riad Riaz Richa Rida Riddhi Ridwan
Rifat Riffat Rigat Riham Rikesh Rilwan Rima Rimsha Rinku Rinor Riona Rishabh Ritu Rivaldo
Riyad Rizal Rizalina Rizwana Roaa Robbo Robina Roble Rogerio Rogério Rohail Rojda Rojhat
Rokeya Roksolana Rola Rolly Romario Romek Romeu Rommel Ronahi Ronahî Ropafadzo Rosamma
Rosangela Rosette Roshanak Rosinha Rositsa Rosman Rostam Rostislav Rosângela Rovena Roystone
Rrahman Ruba Rubel Ruchi Rudina Rudorwashe Ruel Ruhel Ruihan Ruiqi Ruixin Rukayat Rukevwe
Rukia Rukshan Rula Ruma Rumbi Rumbidzai Rumel Rumen Rumyana Runa Ruoxi Rupa Rupal Ruphin
Ruqaya Ruqia Ruqiya Rustem Rutendo Rutene Ruun Ruvarashe Ruvimbo Ruzgar Rwema Rysiek Rzgar
Ríona Rüstem Rüzgar Rıza Saadet Saadi Saado Sabeen Sabiha Sabira Sabirin Sabu Sachini Sadbh
Sadegh Sadek Sadik Sadika Sadiqullah Sadiya Sado Sadri Sadık Saeeda Safa Safaa Safdar Safia
Safwan Saghar Sagir Sahal Sahan Sahira Sahithi Sahro Saidur Saif Saifullah Sailaja Saira
Sajad Sajan Sajani Sajeev Sajeevan Sajeevini Saji Sajida Sajith Sajitha Saju Sakar Sakariye
Sakhile Sakina Sakshi Salamatu Salar Saleban Saleha Salem Salifu Salisu Salman Saloni Salwa
Samad Samah Samaneh Samanthi Samatar Sameh Samia Samim Samitha Sampa Samra Samreen Samsam
Sanaa Sanal Sanam Sanaullah Sandamali Sandile Sandrine Sanduni Sandya Sangeeta Sanghoon
Sanjana Sanjaya Sanjeewani Sanjida Sanjiv Sanju Santhosh Sanyi Sanyu Saorla Saqib Sarada
Saraswathy Sarath Saratu Saravana Sarbast Sarfraz Saritha Sarla Sarwar Sashana Sashank
Sashko Sasho Satheesh Sathiyan Sathya Sathyan Sattar Saurabh Savas Savaş Sawsan Sayedullah
Saynab Seb Sebestyen Sebestyén Seble Sebnem Sedem Sedinam Seema Seena Seethal Sefa Segen
Seher Sehrish Seidu Sekar Sekhar Sekinat Selassie Selorm Selvaraj Sema Semih Semret Semyon
Sena Senay Senayt Seng Senga Senthilkumar Senyo Senzeni Seojin Seonag Seosaimhin Seosaimhín
Seoyun Sepehr Serap Sercan Serdar Sergejs Serhat Serife Serwaa Serwah Serwan Seryozha Sesan
Setanta Setara Setareh Setayesh Seunghyun Seungmin Sevda Sevdie Sevgin Sevil Sewwandi Seyi
Seyoum Shaban Shabbir Shabir Shadan Shafi Shafiq Shafiqa Shafiul Shafiullah Shafqat
Shaghayegh Shagufta Shah Shahab Shahad Shahana Shahbaz Shaheen Shahidullah Shahla Shahriar
Shahril Shahrukh Shahrzad Shahzad Shaima Shaista Shaji Shaka Shakeela Shakib Shakiba Shakila
Shakir Shakur Shamaila Shamar Shamiso Shams Shamsa Shamsul Shamsun Shamsunnahar Shanaz
Shaneika Shanique Shanmugam Shanoy Shanshan Shantae Shanthini Shapla Shaquille Sharanjit
Sharif Sharifa Sharjeel Sharmaake Sharmarke Shashank Shashikant Shathi Shaukat Shayan Shaz
Shaza Shazza Sheeba Shehan Shehnaz Shehroz Shehryar Shehzad Shelina Shema Shemsije Shene
Sheneika Shereen Sherene Sherin Shernette Shervin Shibu Shiine Shijo Shiju Shikha Shilpi
Shima Shingai Shinto Shipon Shireen Shireesha Shiromi Shirzad Shiyu Shkelzen Shkodran
Shkurte Shno Shobha Shofiqul Shohel Shokoufeh Shola Sholeh Sholto Shpend Shpresa Shqipe
Shruti Shuaibu Shuang Shubham Shug Shugufa Shuhan Shuhel Shukri Shukria Shulan Shuma Shuo
Shuvai Shvan Shyma Siad Siamak Sibi Sibongile Sibusiso Siciid Siddig Sidra Siew Sifan
Sigitas Siham Sihle Siji Siju Sijuwade Sikandar Sikhumbuzo Silviya Simbarashe Simin Simiyu
Simranjit Sinan Sindhu Sindiso Sinem Sini Sinthu Sinthuja Sinthujan Siphesihle Siphiwe Sipho
Siqi Sirad Sirajul Siripala Sirisha Sisay Sithabile Sithembiso Sitsofe Siun Sivanesan
Sivapalan Sivarajah Sivaranjini Siyabonga Siyana Siyu Sizwe Siún Skaiste Skaistė Skender
Skënder Slaine Slava Slavena Slavi Slavka Slavomir Slavomír Slawek Sláine Slávka Smitha
Snezhana Snizhana Sobhan Sobia Sodiq Sofea Soha Sohag Sohaila Sohan Sohee Soheila Sokol
Solmaz Solomiya Solveiga Somayeh Somhairle Sona Sonali Sonam Sonu Sooah Sooyoung Soph Sora
Sosina Souad Soumya Sourabh Sowjanya Sowmya Soye Sozan Sozdar Soňa Spandana Sravan Sravani
Sreedevi Sreedhar Sreeja Sreejith Sreekumar Sreelakshmi Sreenath Sridhar Srikanth Srikar
Srinivas Srinivasa Sriram Sritharan Sriyani Sruthi Ssali Ssekandi Ssemakula Ssentongo
Sserwadda Stanimir Stanislava Stanislawa Stanisława Stanka Staszek Stefka Stevo Stilyan
Storai Suad Subba Subhan Subhash Subin Subrahmanyam Sucaad Sude Sudha Sudhakar Sudheer
Sudhir Suela Sueli Suet Sufia Sufian Sufyan Sughra Sugirthan Sugule Suhail Suhair Suhel Suja
Sujith Sujon Sukh Sukhi Sukhpreet Sukhraj Sulafa Sule Suleiman Sulemana Suma Sumaia Sumaya
Sumbal Sumeet Sumera Sumi Sumin Sumit Sumitha Sumithra Sumon Sumona Sunaina Sundar Sundas
Sundus Suneetha Sunghoon Sunish Sunyoung Suong Supriya Supun Surayya Surendra Suriya Surya
Susantha Suthakaran Sutharsan Sutharsini Svatopluk Sveta Svetla Svetoslav Swathi Swee Sweta
Swetha Syafiqah Syahirah Syahmi Syamala Syazwan Syazwani Sylwester Syuhada Szabina Szonja
Sławek Sương Tabinda Tadala Tadeas Tadeáš Tadiwa Tadiwanashe Taehyun Tafara Tafari Taghreed
Tahani Taher Tahera Tahmeena Tahmineh Tahsin Taibat Taimoor Taina Tainá Taisiya Tajudeen
Takunda Takura Tala Tamana Tamanda Tamilselvan Tamim Tamrat Tamuno Tamunosiki Tanatswa Taner
Tangwen Tanjila Tanko Tannaz Tanwen Tanyaradzwa Tanzeela Tanzila Taofeek Taonga Tapfumanei
Taraneh Taranjit Tarig Tariqul Tariro Tarisai Tarkan Tarun Tarık Tasfia Tasin Taslina Tasnia
Tasnima Taulant Tauqeer Tausif Tavga Tavish Tawab Tawananyasha Tawonga Tayfun Tayyab Tayyaba
Taz Tearlach Teck Tefera Tefik Tega Teisha Teja Tejal Tejaswi Tejpal Tekeste Tekie Teklay
Temesgen Temilade Tendekai Tesfamariam Tesfamichael Tesfu Teshome Teta Tetteh Tevfik
Tewodros Tez Tezza Teàrlach Thabo Thais Thamer Thandeka Thandiwe Thandolwethu Thang
Thangaraj Thankamma Thanujan Thanushan Tharani Tharmaraj Tharsan Tharshika Tharsika Tharun
Thayalan Thayalini Thaís Themba Thembani Thembekile Thenmozhi Theophilus Thien Thilanka
Thinesh Thinh Thisara Thivya Thiện Thoa Thoko Thon Thuan Thulani Thurairajah Thuraya
Thushari Thusyanthan Thusyanthy Thuvaragan Thuận Thắng Thịnh Tianhao Tiantian Tianyu
Tichaona Tien Tigisti Tihomir Tijjani Tijo Tilahun Timi Timiro Timofey Timotej Timur Tinaye
Tincy Tinevimbo Tingting Tinomudaishe Tinotenda Tintu Tiong Tipu Tishana Tissa Titi Tiwa
Tiwalade Tiwonge Tiến Toan Toba Tobenna Tobiloba Tochukwu Tolera Tolga Tolosa Toluwani Tolya
Tomiwa Tommo Tomy Tonderai Tonderayi Tonye Tooba Torrin Touhid Touraj Towhid Toàn Tremaine
Tresor Trevon Trong Trésor Trọng Tsega Tsegai Tsegay Tsegaye Tsehay Tsehaye Tshibangu
Tshimanga Tsige Tsigereda Tsitsi Tsun Tsungai Tsungirirai Tsvetan Tsvetanka Tsvetelina
Tsvetomir Tuana Tugba Tugrul Tumusiime Tumwine Tuncay Tuncer Tuong Turgay Tusiime Tuğba
Tuğrul Twagirayezu Twesigye Twinomugisha Tymofiy Tymur Tyreke Tyrese Tyrique Tze Tường Ubaah
Ubax Ubong Udara Uday Udeshika Udoka Uduak Ufuk Ufuoma Ugbaad Ugis Ugnius Ugochi Ugochukwu
Ugonna Ugurcan Uilleam Uinseann Uju Uliana Ulisses Umamaheswari Umaru Umbreen Umer Umit Umme
Ummi Umran Umut Umutoni Unnikrishnan Upali Upasana Upeksha Uran Urgessa Urmila Uthayakumar
Utibe Uwa Uwamahoro Uwase Uwimana Uyen Uyi Uyiosa Uyên Uzair Uzochukwu Uzoma Uğurcan Uģis
Vaibhav Vaidotas Vaiva Valbon Valdas Valdet Valdir Valerii Valeriy Vali Valli Valmir Valmira
Valquiria Valquíria Valters Valya Vamshi Vamsi Vandana Vanitha Varghese Varinder Vartika
Vasanth Vasanthan Vasanthi Vasavi Vasil Vasilisa Vasily Vasko Vasuki Vel Velichka Velislav
Velmurugan Velu Venelin Venkat Venkata Venkatesh Venkateswara Ventsislav Vesa Vesela Veselin
Veselina Vesselina Veton Vian Vidya Vijaya Vijayakumar Vijayalakshmi Vika Viktoras Viktorie
Viktoriya Vilem Viliam Vilija Vilém Vimbai Vimbainashe Vinay Vindya Vineeth Vinny Vinoth
Vira Virendra Virginija Virginijus Vit Vithushan Vithya Vitya Viv Vivek Vladimira Vladimirs
Vladimíra Vlasta Vlastimil Vlora Volkan Volodya Vongai Vova Vratislav Vullnet Vusi Vusumuzi
Vyara Vygantas Vít Wacera Waclaw Wacław Wadud Wadzanai Wael Wafaa Wafula Wagner Wahed Wahida
Wahidullah Wahome Wail Wainaina Wairimu Wais Waithera Wajid Wajiha Wakil Walaa Wale Wali
Wambura Wanderley Wang Wangari Wangechi Wangeci Wangui Wani Wanjala Wanjira Wanjugu Wanyama
Warfa Warsan Wasantha Wasanthi Wasay Wassim Wasswa Waweru Wegahta Weiwei Wekesa Welat Weldu
Wenhui Wenjing Wenjun Wenwen Wenxuan Weyni Wezi Wida Widad Wieslawa Wiesław Wiesława Wigdan
Wijdan Wilberforce Wimal Wioletta Wisal Wisam Wissam Wlodzimierz Wojtek Woldu Wondimu Worku
Worlali Wubshet Wullie Wumi Wumpini Wun Włodzimierz Xaliimo Xasan Xawa Xhavit Xhejna Xhemal
Xhensila Xhevdet Xiang Xiaobo Xiaodong Xiaofeng Xiaogang Xiaohui Xiaojing Xiaojun Xiaoli
Xiaolin Xiaoling Xiaomei Xiaopeng Xiaoqing Xiaowei Xiaoxiao Xiaoxue Xiaoyan Xinran Xinyi
Xinyu Xinyue Xiyu Xorlali Xueying Xuseen Yagmur Yahaya Yahia Yahye Yakubu Yakup Yalcin Yalda
Yalini Yalçın Yama Yamen Yamikani Yamuna Yanan Yanhong Yanique Yanitsa Yanling Yanmei
Yannick Yanping Yanyan Yaqi Yared Yaro Yaroslava Yasaman Yasen Yaser Yashar Yashpal
Yashwanth Yasith Yasotha Yat Yathushan Yau Yavor Yawa Yayra Yağmur Yeabsira Yeganeh Yehor
Yejin Yekaterina Yekini Yelena Yeliz Yerin Yeshi Yesim Yeukai Yevgenia Yevgeny Yevheniya
Yeşim Yifan Yigitcan Yihan Yiming Yingjie Yingying Yiran Yiu Yixin Yixuan Yiğitcan Ylber Yll
Ylli Yllka Yoana Yogarajah Yogendra Yogesh Yogeswaran Yohan Yohana Yomi Yonatan Yonis
Yoonjung Yordan Yordanka Yosef Yosyp Younas Younghee Youngjae Youngsoo Younis Yousaf Yousef
Yuan Yuchen Yue Yuhan Yuhang Yujie Yulan Yulian Yuliya Yulya Yumna Yunfei Yunus Yunxi Yuqi
Yurub Yury Yusra Yuting Yutong Yuusuf Yuwei Yuxin Yuze Yılmaz Zabih Zabihullah Zafer Zaher
Zahida Zahirul Zahraa Zahura Zaiga Zakariya Zakariye Zakhar Zaki Zakia Zakir Zalmay Zaman
Zamira Zamzam Zanda Zandile Zanele Zannat Zarghona Zarif Zarifa Zarin Zarina Zarmeen Zarmina
Zawadi Zayaan Zayd Zaynab Zbynek Zbyněk Zbyszek Zdenko Zdzislaw Zdzislawa Zdzisław Zdzisława
Zeb Zeca Zeenat Zef Zeina Zekarias Zekeriya Zelalem Zeliha Zenel Zente Zenzele Zerai Zeray
Zerrin Zeshan Zewditu Zewdu Zeyad Zeynab Zeyu Zhanna Zhe Zhengyang Zhenya Zhenyu Zhihao
Zhijun Zhila Zhiming Zhiqiang Zhivka Zhivko Zhixin Zhiyu Zhiyuan Zhong Zhuo Zhuoran Zhwan
Zia Ziaul Ziaullah Ziba Zibusiso Ziggy Zigmars Zigmas Zigmārs Zihao Zijian Zikora Zikri
Zilan Zilvinas Zimo Zinaida Zinar Zinat Zinhle Ziqi Zirak Zirui Zixuan Ziyad Ziyang Ziyi
Ziyu Zlatica Zlatka Zodwa Zohaib Zohal Zoita Zoița Zoli Zoriana Zornitsa Zosia Zozan Zryan
Zsofi Zsuzsi Zsófi Zubaida Zufan Zuhair Zuhal Zuhour Zuhur Zuhura Zulai Zulaikha Zulfiqar
Zulmira Zumra Zunaira Zunera Zuwaira Zvikomborero Zygmunt Zümra Çiğdem Çınar Étaín Öykü Ümit
Ümran Điệp Đình Đông Đạt Định Đức Ľubica Ľudovít Şebnem Şenay Şerife Şule Žilvinas
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
# Names common among people living in the UK of South Asian, African, East and South-East
# Asian, Middle Eastern, Eastern European and other origins that the sources miss,
# compiled for redaction-check (stop 31); entries that are also common English words
# (a Zipf frequency of 3.0 or more in the English word list of the PyPI package
# `wordfreq`) left out, but for names known to be names first.
Abban Abboud Abdelgadir Abdelhamid Abdelkarim Abdelmageed Abdelrahim Abdikarim Abdillahi
Abdinur Abdiqadir Abdirahman Abdirashid Abdirizak Abdissa Abdulai Abdulkadir Abdulla
Abdullaev Abdulle Abedi Abedin Abera Abeyratne Abeysekara Abeywardena Abokor Abramov
Abramova Abrenica Abtidoon Abukari Abuya Acar Achakzai Achebe Acquah Adamu Adebiyi Adelaja
Adeniji Adeniran Adeniyi Adeosun Aderemi Aderinto Adesanya Adetoro Adewole Adeyeye Adeyinka
Adichie Adigun Adjetey Admasu Adomaitiene Adomaitienė Adomaitis Adomaityte Adomaitytė Adotey
Afanasiev Afridi Afriyie Afshar Afzal Agaba Agbaje Agbayani Agbeko Agbenyega Agbo Agbonlahor
Agboola Aghedo Agu Ahiable Ahimbisibwe Ahmadu Ahmadzadeh Ahmedov Ahmedova Ahmet Aidoo
Aigbogun Ailenei Aimufua Ainte Ajak Ajala Ajami Ajibade Ajibola Ajiboye Ajose Akakpo Akbulut
Akech Akena Akgul Akgun Akgül Akgün Akhavan Akhmedov Akimov Akinbode Akinde Akindele
Akinlade Akinsanya Akinsola Akinwunmi Akinyele Akkad Akkaya Akol Akpalu Akpan Akpomedaye
Akpoveta Aksenov Aksoy Aktar Aktas Aktaş Akula Akyuz Akyüz Akın Alade Alakija Alamieyeseigha
Alavi Alawi Aleksandrov Aleksandrova Alekseev Alekseeva Alemayehu Alexandrov Alexandrova
Alhassan Aliev Alieva Aliu Aliyev Aliyu Alizadeh Alizai Alkan Alla Allawi Allotey Alokozai
Alokozay Altaf Altintas Altun Altıntaş Aluko Alvi Alwis Amachree Amadi Amadu Amaechi
Amankwaa Amante Amanya Amare Amedzro Amegashie Amewu Aminu Amissah Amofa Amollo Amory Ampah
Ampem Ampomah Amusan Anane Andemariam Andrada Andreev Andreeva Andrei Andriyenko Angelov
Angelova Anghel Anisimov Anjorin Anjum Ankomah Ankrah Anozie Antonov Antonova Antoun Anyaoku
Apeagyei Apostol Archibong Ardeleanu Arhin Arif Ariffin Arinaitwe Ariyaratnam Arkhipov Armah
Arowolo Arsala Arulampalam Arulanandam Aryee Asafo Asenov Asenova Asfaha Asfaw Asgari Ashfaq
Ashie Ashitey Ashong Asiamah Asiimwe Asmelash Asogwa Asrat Assaf Asuquo Atanasov Atanasova
Atassi Atem Ates Ateş Athukorala Athwal Atluri Atsu Atta Attah Attar Attipoe Atuhaire Atwine
Audu Avci Avcı Avram Awale Awan Awang Awasthi Awoyemi Awudu Awuni Axinte Ayalew Ayana
Aydemir Ayebare Ayele Ayeni Ayensu Ayesiga Ayew Ayhan Ayinde Ayitey Aynalem Ayomike Azikiwe
Azimi Azumah Azzam Azzawi Babalola Baban Babirye Baciu Badmus Badri Bagdonaite Bagdonaitė
Bagdonas Bagdoniene Bagdonienė Baghaei Baghdadi Baharudin Bahmani Bahra Bahta Baidoo Bajpai
Bajraktari Bakambu Bakar Bakheit Bakht Bakir Bakr Bakri Baksh Bakır Balachandran Balazova
Baloghova Baloghová Balogova Balogová Baluyot Balážová Banez Bankole Banu Banza Bapat Bapir
Baranauskaite Baranauskaitė Baranauskas Baranauskiene Baranauskienė Baranov Baranova Barasa
Barauskas Bari Bartha Bartosova Bartošová Barzinji Basaran Basra Bassey Bathula Bawuah
Bayati Bayrak Bayram Baysal Bañez Başaran Beddoe Bediako Begom Beharry Behzadi Bejan Bekoe
Bektas Bektaş Belay Belousov Belov Belova Belyaev Belyaeva Bempah Bencze Benesova Benešová
Bentil Bento Beqiri Berhanu Bett Bezerra Bhagwandeen Bhangal Bhangu Bhattacharjee
Bhattacharya Bhayani Bhimji Bhosale Bhudia Bhuiya Bhutta Bhutto Bhuyan Bielik Bihi Bilyk
Birhanu Biryukov Bisht Bispo Bissoon Bitar Biwott Bizimana Blaho Blahova Blazkova Blažková
Blethyn Bláhová Boddu Bogdanov Bogdanova Bol Bollu Bondoc Boodhoo Borisov Borisova Bovell
Bozdag Bozdağ Bozkurt Bradosti Braganza Brandao Brandão Bratu Bregu Brobbey Buabeng Bucur
Buenaventura Bukhari Bulhan Bulut Bures Buresova Bureš Burešová Bushati Butkiene Butkienė
Butkute Butkutė Buzatu Buzhala Bwalya Bwambale Byaruhanga Byeon Bykov Cabanban Cakir Cakmak
Cani Canlas Capraru Cardozo Carew Catapang Cayabyab Cazacu Cech Cechova Cela Celaj Cengiz
Cermakova Cervenak Cervenakova Ceylan Chaggar Chahine Chala Chalabi Challa Chandarana
Chandrasekaran Chandy Chatha Chattha Chaturvedi Chaudhri Chavan Chavula Chege Chennupati
Cheon Chepkwony Chernenko Chernov Chernova Chernyshev Cheruiyot Cheruku Chheda Chibuzor
Chigbo Chigumba Chikowore Chikwanda Chilembo Chileshe Chilufya Chilukuri Chimbwanda Chinta
Chinwuba Chipunza Chiriac Chirila Chirilă Chirwa Chisanga Chitando Chiweshe Chol Chovanec
Chowdary Chua Chughtai Cierny Ciftci Cinar Cioban Ciocan Ciurar Coban Cojocaru Colaco Coman
Conceicao Conceição Conka Conkova Constantinescu Coskun Costea Covaci Cozma Coşkun Craciun
Cradock Cristovao Cristóvão Crăciun Csizmadia Cudjoe Cuffy Căpraru D'Costa D'Cruz D'Mello
D'Silva D'Souza Dabbagh Dadzie Dafalla Dag Daghestani Dagne Dahdah Daher Dahir Daka Dalisay
Damasceno Dambrauskas Daneshvar Danielova Danielová Danilov Danilova Dankwa Dantuluri
Danylyuk Dapaah Dapkus Dappa Dasari Dascalu Dascălu Dassanayake Dattani Daud Dauda Dauti
Davoudi Davydov Davydova Dayrit Dağ Dcosta Debebe Dedaj Dehghan Dema Demchenko Demeke
Demeter Demeterova Demeterová Demidov Demin Demirci Demiri Demissie Denisov Denisova
Deonarine Derese Devarapalli Devasia Dhadwal Dhanani Dhanda Dhanoa Dhinsa Dhoot Diab
Diakiese Diete Digpal Dikko Dimaano Dimaculangan Dimagiba Dimov Dimova Dinc Dindial Dinsa
Dinç Dirie Dirir Diriye Dissanayaka Dizayee Dlamini Dmitriev Dmitrieva Dobrev Dobreva
Docherty Dodoo Dogar Dogbe Dogru Dokubo Dolezalova Doležalová Donchev Doncheva Donkoh
Doodnath Dookhan Doski Dostalova Dostálová Dosunmu Douri Doğru Dragne Dragomir Dragu Dsouza
Duale Duberry Dudova Dudová Dudziak Duka Dulai Dulaimi Duman Dumitrache Duodu Durmaz Duru
Dushku Duskova Dut Duzda Dušková Dužda Dwivedi Dwomoh Dyachenko Dzamesi Dzikunu Dziva Eapen
Ebanks Ebohon Ebreo Edet Edirisinghe Edokpolo Effiong Efimov Efrem Efremov Egharevba Egorov
Egorova Eguavoen Ehigiator Eisa Ekanayaka Ekanem Ekeh Ekezie Ekhator Ekici Ekinci Ekpo
Ekundayo Elbashir Elezi Elfadil Elfaki Elhadi Elhag Eliseev Elkhalifa Elkheir Elmahdi Elmi
Elnour Elnur Elrayah Elsayed Eltahir Eltigani Eltom Elzein Emami Emeagwali Emelyanov Emin
Enabulele Enache Enchev Eom Erbas Erbaş Erdem Erdos Erdős Eremin Eren Ergun Ergün Erhabor
Erkan Ermakov Erol Erturk Ertürk Esfahani Eshete Eshun Eskandari Esmaili Essa Essel Essien
Etim Etuk Eweka Eyo Ezeani Ezekwesili Ezenwa Ezeobi Ezeoke Ezeudu Ezzeddine Facey Fadare
Fadlalla Fadul Fagbemi Faizi Fajemisin Fakhoury Falade Falana Fallahi Famuyiwa Fantahun
Farahani Farahi Farahmand Faraj Faraji Farole Faruk Faruque Fasanya Fathi Fatunde Fawole
Fayad Fayisa Fedorenko Fedorova Fedoruk Fedotov Feitosa Fekadu Ferdous Ferenc Ferko Ferkova
Ferková Fetahu Fiagbe Fialova Fialová Fidalgo Fijalkowski Fijałkowski Fikre Filatov Filippov
Filippova Fiqi Fisseha Fjodorova Fjodorovs Florescu Fok Folarin Fomin Fomina Fordjour
Frankowski Freimanis Freire Frolov Frolova Fuseini Gaafar Gabco Gabos Gabosova Gabčo Gadalla
Gaddam Gadde Gadhia Gaerlan Gahir Gai Gaikwad Gailis Gajdos Gajdoš Gakpo Galang Galappaththi
Galkin Gambo Ganatra Ganchev Gancheva Ganeshalingam Ganta Garang Gasanov Gashaw Gatchalian
Gatete Gathogo Gatluak Gavrilov Gavrilova Gawronski Gawroński Gazi Gbadamosi Gbedemah
Gebeyehu Gebrekidan Gebremeskel Gebrezgabiher Gebru Gedi Geele Gelle Gemechu Gencer Genov
Gençer Georgewill Gerasimov Gerasimova Gergely Ghaffari Ghai Ghanbari Ghartey Ghasemzadeh
Ghazali Ghazi Ghaznavi Ghebrehiwet Ghebrehiwot Ghebremeskel Ghebrezgiabher Ghirmay Ghita
Ghiță Giang Gidda Gikonyo Gilani Gillani Girmay Gitau Githinji Gizaw Gjeka Gjergji Gjoka
Gjonaj Gjoni Goh Gohel Gok Gokce Golebiowski Golestani Golubev Goncharov Gondal Gondwe
Gopalan Gopaul Gorantla Gorasia Gorbunov Gorshkov Gosal Goud Govindasamy Gołębiowski
Grabarczyk Grachev Grecu Greenidge Grigaite Grigaitė Grigas Grigiene Grigienė Grigore
Grigoriev Grigorieva Grinberga Grinbergs Grishin Gromov Grīnberga Grīnbergs Gudaitis Gudina
Guevarra Guimaraes Guimarães Guishard Gujjar Gulaid Guled Guler Gunaratne Gunathilake
Gunatilleke Gunawardene Gunda Gundogdu Gunes Gungor Gurbuz Gure Gusev Guseva Gutta Guven
Gwenzi Gyan Gyebi Gyimah Gáboš Gábošová Gök Gökçe Güler Gündoğdu Güneş Güngör Gürbüz Güven
Habimana Habtemariam Habtu Hadad Hadi Hadzhiev Hadzhieva Hafeez Hafiz Haghighi Haibe
Hailemariam Haileselassie Hajdari Haji Hajizadeh Hajkova Hakeem Hakim Hakizimana Halabi
Halai Halil Hallak Hama Hamadani Hamadi Hamawandi Hamdi Hamidi Hamiti Hamoud Hamwi Hamza
Hanak Hanák Haqqani Harb Hared Haroon Haroun Harrilal Harripersad Harun Haruna Hasanov
Hasanova Hashemian Hashi Hashmi Hassabo Hassani Hassanzadeh Hassoun Hategekimana Hau
Havlicek Havlickova Havlíček Havlíčková Havran Havrylenko Hawladar Hawlader Hawrami Haxhiu
Hayat Hazell Hedayati Heeralal Hegyi Helou Herawi Herki Hersi Hettiarachchi Hewage Heydari
Hii Hijazi Hirad Hiti Hlabangana Hlinka Hnatyuk Hollosi Hollósi Holubova Holubová Homsi
Honcharenko Hordiienko Hosang Hosany Hosein Hoseini Hosseinzadeh Hotak Hothi Hoti Hourani
Hoxhaj Hristov Hristova Hruba Hrubá Hruskova Hrušková Hryhorenko Hrytsenko Hudakova Hudec
Hudáková Huq Husar Huseyin Huseynov Hussaini Hussin Hysa Hyuseinov Hyuseinova Hájková
Hüseyin Hầu Iacob Iancu Ibanga Ibeh Ibekwe Ibiama Ibitoye Ibragimov Ibrahimi Idahosa Iddrisu
Ideye Idicula Idlibi Idowu Idrizi Ifeanyi Igbinedion Igbinosa Ige Ighalo Ighodaro Ignatenko
Igwe Iheanacho Ikeji Ikpeazu Ikram Ilie Iliescu Iliev Ilieva Ilmi Ilunga Ilyin Ilyina
Imasuen Imran Imtiaz Ingabire Inyang Iordache Iradukunda Iroegbu Irshad Isaev Ishaq Ishimwe
Isik Ismailov Ismailova Ispas Issah Isse Istok Itty Ivanchev Ivanenko Ivanovs Ivanyuk Iwobi
Iwuchukwu Iyamu Iyere Iyoha Izevbigie Işık Ištok Jaafar Jaafari Jabbar Jabbour Jabouri
Jadhav Jafary Jafarzadeh Jaff Jaffri Jafree Jafri Jagessar Jaggernauth Jagpal Jahan Jahangir
Jahangiri Jaja Jakubauskas Jalal Jalalzai Jamac Jamal Jamali Jamaluddin Jamshidi Janabi
Jandova Jandová Jandu Janga Janjua Jankauskaite Jankauskaitė Jankowiak Jansone Jardim Jarrah
Jasaitis Jashari Jatt Javadi Javaid Jawad Jawadi Jawahiri Jayakody Jayalath Jayamanne
Jayaratne Jayatilleke Jayawardene Jeavons Jegatheesan Jekabsone Jekabsons Jelinkova
Jelínková Jemmott Jethva Jeyakumar Jeyarajah Jeyaseelan Jhaj Jhutti Jibrin Jimale Jimcale
Jimoh Jindal Jirde Jitaru Jobanputra Jonaitiene Jonaitienė Jonaitis Jonaityte Jonaitytė
Jonnalagadda Josan Jubouri Juknevicius Juknevičius Juma Jumaili Juneja Jurco Jureviciene
Jurevicius Jureviciute Jurevičienė Jurevičius Jurevičiūtė Jurčo Jusoh Jutla Jutt Jēkabsone
Jēkabsons Kaabi Kabamba Kabasele Kabbani Kabeya Kabila Kabongo Kabuli Kabuye Kacar Kachhela
Kachingwe Kadam Kadhim Kadir Kadlecova Kadlecová Kadriu Kadyrov Kagimu Kahiga Kahin Kahlon
Kahraman Kahsai Kahsay Kairiene Kairienė Kairyte Kairytė Kakad Kakkar Kakooza Kalala Kalam
Kalenga Kalinauskas Kalinin Kalinina Kalio Kalirai Kalisa Kalisz Kalkan Kalnietis Kalombo
Kalonji Kalule Kalumba Kalynychenko Kamali Kamande Kamanga Kamanzi Kamaruddin Kamath Kambal
Kaminskas Kamotho Kamrani Kanaan Kanagalingam Kanagasabai Kanani Kanapathipillai Kancharla
Kandasamy Kandhola Kandola Kandrac Kandráč Kandula Kanev Kaneva Kanj Kanku Kansara Kansiime
Kanthasamy Kanyinda Kapembwa Kapend Kapinga Karabulut Karaca Karadag Karadağ Karaivanov
Karakaya Karakus Karakuş Karami Karanja Karatas Karataş Karbalai Kareem Karimov Karimzadeh
Kariyawasam Karpenko Karpov Karpova Karsan Kartal Karunanayake Karunarathne Kaseke Kashani
Kashmiri Kasirye Kasonde Kasongo Kasozi Kasperek Kassa Kassahun Kassim Kasturi Kasule
Kataria Katende Kathiravelu Katongo Kattampally Katumba Kausar Kaushik Kavaliauskaite
Kavaliauskaitė Kavaliauskiene Kavaliauskienė Kaweesa Kayani Kayembe Kayitesi Kaymak Kayondo
Kazadi Kazakov Kazakova Kazem Kazi Kazlauskaite Kazlauskaitė Kaçar Kehinde Kemboi Kermani
Keshavarz Keskin Kesse Keter Keynan Khademi Khafaji Khair Khalid Khalifeh Khalili Khaliq
Khanam Khangura Khanom Kharitonov Khattak Khawaja Khayat Khayyat Khazraji Khela Kheyre
Khokhar Khokhlov Khondoker Khoo Khorasani Khoshnaw Khouri Khuc Khumalo Khwaja Khúc Kiala
Kiangebeni Kiani Kiarie Kibet Kidanemariam Kiese Kieu Kifle Kiflom Kiggundu Kigozi Kiir
Kilani Kilaru Kilinc Kilonzo Kimani Kini Kinyua Kioko Kipkemboi Kiprono Kiprop Kipsang
Kiptanui Kiptoo Kiragu Kirillov Kirilov Kirilova Kirov Kirton Kirubakaran Kirui Kiseleva
Kissi Kithinji Kiwanuka Kiyani Kiyombo Kizito Kiều Klimov Knyazev Kocak Kocaman Koci Kocis
Kocisova Kodikara Koech Koev Kohistani Kok Kolarova Kolawole Kolesnikov Kolev Koleva
Kollarova Kolli Kollárová Kolodziejska Kolomiets Kolářová Komarov Komarova Kommineni
Komolafe Konadu Kondapalli Kondratiev Konecna Koneru Konečná Konovalov Kopecka Kopecká Korir
Korkmaz Korolev Koroleva Kose Kosgei Kostadinov Kostadinova Kostenko Kostov Kostova Kotey
Kotha Kotla Kotlar Kotlarova Kotlár Kotlárová Kotov Koul Kovachev Kovacheva Kovacik
Kovacikova Kovalev Kovaleva Kovalyov Kovarova Kováčik Kováčiková Kovářová Kozachenko Koziel
Kozieł Kozlova Koçak Kočiš Kočišová Kołodziejska Kpakpo Kpodo Krajci Krajčí Kralova Krasnov
Krastev Krasteva Kratochvilova Kratochvílová Kriauciunas Kriaučiūnas Krizova Kronbergs
Krylov Krylova Králová Kuany Kubacki Kubaisi Kubba Kubicki Kubilius Kucinskas Kudirka
Kudjawu Kudryavtsev Kuffour Kufuor Kugathasan Kuka Kulatunga Kulikov Kulikova Kulmiye Kumah
Kumara Kumarasamy Kumaraswamy Kumwenda Kunjumon Kuol Kuqi Kur Kuria Kuriakose Kurnaz Kurti
Kurtulus Kurtuluş Kurup Kushnir Kuskis Kuti Kutty Kuwornu Kuzmenko Kuzmin Kuzmina Kuznecova
Kuznecovs Kuzņecova Kuzņecovs Kučinskas Kušķis Kwiatek Kyalo Kyambadde Kyeremateng Kyeremeh
Kyeyune Kyomugisha Kyrylenko Köse Kılınç Křížová Lacerda Lacko Lacsamana Lacson Lado Ladu
Lagat Lagman Laham Laivins Laiviņš Lakatosova Lakatošová Lakew Lamba Lami Lamptey Landeg
Langat Lapina Lapins Lapinskas Lapiņa Lapiņš Larbi Lartey Laryea Lasisi Latifi Lawan Lazarev
Lazarov Lazarova Lebedeva Legesse Leitis Lencho Leonov Lian Liaqat Liban Liburd Lidder Liew
Lika Limani Lodhi Lodin Loganathan Logari Loginov Lokko Lokuge Lokwa Lorincz Lotay Lougher
Louro Lual Lualhati Luamba Lubega Lue Lukacova Lukeba Lukha Lukosevicius Lukosius
Lukoševičius Lukošius Lukusa Lukyanenko Lukyanov Lukáčová Lule Luli Lumumba Lungu Lupu
Lusala Lusamba Lushi Lutaaya Lutete Luyombo Lwanga Lytvyn Lytvynenko Lőrincz Maalin Maalouf
Mabhena Mabiala Mabil Mabini Mabior Macapagal Machar Macharia Maciulis MacSwan Madala
Madhvani Mading Madushanka Madzima Madziva Mafuta Magala Magaya Magomedov Magsaysay
Mahadevan Mahalingam Mahama Mahamud Mahdavi Mahdi Mahendran Mahil Mahlangu Mahmoudi
Mahmoudian Maina Majidi Majok Makanda Makarova Makdisi Makengo Makiadi Makiese Makokha
Maksimov Maksimova Makuei Mala Malabanan Malalasekera Maleki Maliki Mallari Maloku Malonga
Maltsev Malual Malyshev Malá Mamat Mammadov Mamo Mamun Manalastas Manansala Manchala
Mandalia Mandava Manea Manek Mangubat Maniam Manku Manoharan Mansor Mansouri Manyang Manyika
Manyok Manyonga Mapfumo Maposa Mapuranga Maqbool Maqsood Maragh Maraj Marasigan
Marcinkevicius Marcinkevičius Mardini Maresova Marešová Marfo Margarit Marimo Marinescu
Marinho Marinov Marinova Markevicius Markevičius Markose Markova Marková Marku Martynov
Martynova Marufu Masamba Mascarenhas Masek Mashhadani Mashingaidze Masinde Maskova Maslov
Masood Masrani Massamba Massoud Masuku Masum Matanhire Matar Mathai Matharu Mathe Mathema
Mathur Mathurin Matin Matondo Matousek Matoušek Matsika Mattu Matveev Matveeva Mavinga
Mawere Mayamba Mayanja Mayen Mayorov Mazarura Mazeika Mazhindu Mazurenko Mačiulis Mašek
Mašková Mažeika Mbabazi Mbakwe Mbala Mbanefo Mbayo Mbemba Mbenza Mbewe Mbiya Mbogo Mbombo
Mbongo Mbugua Mbuku Mbunga Mburu Mbuyi McFadyen McKinlay McNicol McRobert McTavish Meah
Measho Mebrahtu Medani Mednis Medvedeva Mehboob Mehdi Mehmedov Mehmedova Mehmet Mehmi
Mehmood Mehra Mehrabi Mehreteab Mehrotra Meireles Mekala Melnikov Melnikova Melnychuk Mema
Menezes Mengesha Mepani Mersha Mesfin Metin Mgbemena Mguni Mhaka Mhandu Mhango Mhlanga Mian
Mici Mihai Mihaila Mihailova Mihailovs Mihalache Mihalik Mihaylov Mihaylova Mihálik Mihăilă
Mikalauskas Mikhael Mikhailova Mikheev Milanov Milasius Milašius Milenov Minchev Minott
Mircea Mireku Mirghani Mirgova Mirgová Mironov Mironova Mirzadeh Misik Misquitta Mistri
Mitev Miteva Mitrea Mitrofanov Mitu Miya Miyah Mišík Mkandawire Mkhize Mladenov Mladenova
Mlambo Mockiene Mockienė Mockus Mockute Mockutė Modha Moga Mohamad Mohamedain Mohammadzadeh
Mohiuddin Mohmand Mohsen Moiseev Mokaya Mokhtar Moldovan Molnarova Molnárová Momand Momin
Moradian Moraru Moravcova Moravcová Morkunas Morkūnas Morozovs Mosawi Mostafavi Motamedi
Motin Mousa Moussa Moussawi Mpagi Mpiana Mpoyi Mputu Mrazova Mridha Mrázová Msiska Mubiru
Muchena Muchiri Mudalige Mudzingwa Mugabo Mugari Mugenzi Mughal Mugisha Mugo Muhit Muhumuza
Muja Mujaddidi Mujinga Mujuni Mukadi Mukamana Mukasa Mukeba Mukendi Mukhtar Mukiibi Mukit
Mukriyani Mukuka Mulaj Mulamba Mulenga Mulindwa Mulugeta Mulumba Mulwa Mumba Mumtaz Mumuni
Munasinghe Munemo Mungroo Muniandy Munir Munthali Munyaneza Muppalla Muralitharan Murambiwa
Murati Murenzi Muriithi Muriuki Murugesu Musa Musau Musavi Musawi Mushayi Mushonga Mushtaq
Musil Musilova Musilová Musinguzi Musisi Musiyiwa Musliu Musoke Musonda Mussie Mustafov
Mustafova Musyoka Mutai Mutale Mutambara Mutandwa Mutati Mutebi Mutero Muthee Muthoni
Muthusamy Mutiso Mutombo Mutoni Mutuma Mutunga Muuse Muwanga Muzenda Mvula Mwale Mwamba
Mwansa Mwanza Mwendwa Mwesigwa Mwila Mykhailenko Mykhailyuk Mărgărit Naderi Nadesan
Nagalingam Nagarajah Nagda Nahal Nahar Nahas Najm Nakato Nakimuli Nalla Nallapati Nambiar
Namboothiri Namutebi Nanan Nandamuri Nandra Nanton Naseri Nasir Nassif Nathwani Natukunda
Naumov Navaneethan Navickaite Navickaitė Navickas Navickiene Navickienė Navratilova
Navrátilová Nazarenko Nazari Nazarov Nazarova Nazir Ndahiro Ndayisaba Ndayishimiye Nderitu
Ndhlovu Ndoja Ndreu Ndukwe Ndungu Nduwimana Neagu Nedelchev Nedelcu Negassi Negi Negru
Negussie Nejad Nekkanti Nenov Nepomuceno Nesterenko Nesterov Nettey Neyazi Ngai Ngalula
Ngandu Ngatia Nghiem Nghiêm Ngoma Ngombe Ngor Ngoy Ngugi Ngure Ngwenya Nica Niculescu Nika
Nikbakht Nikiforov Nikitin Nikitina Nikolaev Nikolaeva Nikolla Nikpour Nimmagadda Nimo Ninan
Nisar Niwagaba Niyonsaba Niyonzima Nizam Njeru Njuguna Nkala Nkata Nketia Nkhata Nkhoma
Nkomo Nkongolo Nkosi Nkulu Nkurunziza Nlandu Nleya Nnaemeka Nnaji Nnamdi Nnorom Nobrega Noor
Norkus Noronha Nortey Norville Nour Novac Novikovs Nowaczyk Nsakala Nsanzimana Nsengimana
Nsereko Nshuti Nsiah Nsiala Nsima Nsimba Nsingi Nsubuga Nsumbu Ntumba Nuhiu Nuhu Nur
Nuristani Nurmagomedov Nuwagaba Nwabudike Nwabueze Nwagbara Nwakanma Nwaneri Nwaogu Nwaokolo
Nweke Nwigwe Nwogu Nwokolo Nwokoye Nyaga Nyakundi Nyamande Nyamayaro Nyamu Nyamweya Nyandoro
Nyirenda Nyok Nyoni Nzeribe Nzinga Nzioka Nzola Nzomo Nzuzi Nóbrega Obafemi Obaidi Obaseki
Obeid Oberoi Obiakor Obiefuna Obieze Obinna Obiri Obot Obote Obuobi Ocen Ochan Ochola Ocran
Odartey Odera Odeyemi Odili Odinaka Odion Odo Odoi Odongo Odoom Oduor Oduro Odusanya Ofoegbu
Ofor Ogbe Ogbebor Ogbeide Ogbomo Ogbonna Ogbonnaya Ogbu Ogbuagu Oghenekaro Ogiemwonyi
Ognyanov Ogola Ogu Oguejiofor Ogunade Ogunbanjo Ogundele Ogunjimi Ogunlade Ogunlana Ogunmola
Ogunniyi Oguntade Ogunwale Ogunyemi Ogutu Oguz Ohaeri Ojelabi Ojok Ojuolape Okai Okbazghi
Okeagu Okechukwu Okello Okereke Oketch Okezie Okine Okoe Okoli Okolie Okon Okonjo Okonta
Okorie Okot Okoth Okotie Okpala Okpalaeke Okumagba Okunade Okundaye Okunola Okur Okwu
Okwuosa Oladapo Oladele Oladimeji Oladosu Olagunju Olajide Olaleye Olaniran Olaniyi
Olanrewaju Olasunkanmi Olatunde Olatunji Olawoyin Olayinka Oliinyk Ollivierre Olojede Oloo
Olorunfemi Olteanu Oluwole Olweny Omari Omatseye Ombati Omelchenko Omer Omidi Omisore Omole
Omollo Omoregie Omorogbe Omoruyi Onafowokan Onal Onanuga Onokpite Onsongo Onu Onuora
Onwudiwe Onwuegbuzie Onyancha Onyango Onyeama Onyekwere Onyema Onyemaechi Onyia Onyshchenko
Ooi Opara Oparah Opare Opio Opiyo Oravec Orji Orlova Ornek Oryem Osae Osafo Osaghae Osagie
Osayande Osazuwa Osemwegie Oshiomhole Osho Osifo Osipov Osipova Osmanov Osmanova Osoble
Osoro Ossei Ostapenko Osuji Osunde Otchere Otedola Otim Otoo Ouma Ovchinnikov Oviasu Oware
Owino Owiredu Owor Owuor Oyakhire Oyebode Oyenuga Oyetunde Oyewusi Ozbek Ozcan Ozdem Ozer
Ozgur Ozkan Ozkaya Ozoemena Ozola Ozolina Ozoliņa Ozols Ozor Oztekin Oğuz Pabari Padda
Padhiar Paixao Paixão Paktiawal Paladugu Palaniappan Pallath Palle Pana Panayotov Panchenko
Panganiban Pangilinan Panicker Panjshiri Pankhania Panlilio Panov Pană Pappachan Paracha
Paramanathan Paramesvaran Pararajasingam Paraschiv Paruchuri Parveen Parvez Parvizi Pashov
Pasupuleti Pathiranage Patwary Paulauskaite Paulauskaitė Paulauskiene Paulauskienė Paun
Pavel Pavlikova Pavlova Pavlovs Pavlíková Pawar Peddi Pendyala Penev Peneva Pepa Pepple
Persad Perumal Pervez Pestana Petcu Petersone Petersons Petkov Petkova Petraitiene
Petraitienė Petraitis Petraityte Petraitytė Petrauskaite Petrauskaitė Petre Petrescu Petrovs
Petrunov Phadke Philbert Phiri Phua Phull Pieris Pietrzyk Pindoria Pintilie Pirvu Pirzada
Pislaru Pjetri Pllana Plotnikov Poku Polakova Polat Polyakov Polyakova Poláková Ponnam
Ponnambalam Ponnusamy Ponnuthurai Ponomarev Pooni Popoola Popovs Portela Pospisilova
Pospíšilová Potapov Pothen Potluri Pourmand Pramanik Pranckevicius Pranckevičius Prata
Premadasa Prifti Prokhorov Prokofiev Prokopenko Prytherch Pulickal Pulla Punnoose
Pushparajah Putnins Putniņš Pylypenko Pyo Pîrvu Pîslaru Păun Pētersone Pētersons Qabbani
Qaderi Qadir Qadiri Qadri Qalib Qasim Qassem Qazi Qerimi Quader Quaicoe Quansah Quaresma
Quarshie Quashie Queiros Queiroz Queirós Quek Quiambao Quiazon Quintas Quraishi Rabadia
Rabiu Radchenko Radev Radeva Raducanu Radzevicius Radzevičius Rafiei Rafiq Rafique
Ragoonanan Rahal Rahaman Rahbar Raheem Rahim Rahma Rahmanian Raileanu Raina Raithatha Rajab
Rajakulendran Rajapakse Rajapakshe Rajasingham Raji Rajoo Rajput Rakhimov Ramadani
Ramanauskas Ramanauskiene Ramanauskienė Ramasamy Rambaran Ramcharan Ramdass Ramdeen
Ramjattan Ramkhelawan Ramkissoon Ramlal Ramlee Ramli Ramly Ramnarine Ramoutar Rampersad
Ramsaran Ranatunga Ranaweera Ranjbar Rashidi Rasool Rasul Rasuli Rathnayaka Ratnasingham
Ratnayaka Rattray Rattu Rauf Ravindran Ravipati Ravuri Rawat Rawi Raykov Raykova Razali
Razavi Razzaq Rebelo Rehal Rehmat Resende Rezaee Rezazadeh Rhees Riak Rifai Rigo Rigova
Rigová Riha Rihova Rimkiene Rimkienė Rimkus Rimkute Rimkutė Rizk Roble Rodionov Romanova
Rosli Rostas Rostás Rosu Rotaru Rotich Rouf Roșu Ruan Rubaie Rumyantsev Rupani Rupasinghe
Ruprai Rusev Ruseva Rushiti Rusnakova Rusnáková Russom Rutayisire Rutkauskas Ruto Ruzickova
Rwema Ryabov Ryatt Ryba Rybak Rybakov Răducanu Răileanu Růžičková Saadeh Saadi Sabaratnam
Sablan Sabonis Sabouri Sabra Sabri Sachania Sackey Sadauskas Sadiq Sadri Safavi Safdar
Safonov Saghir Saglam Sahak Sahi Sahil Sajid Sajjadi Sakala Sakalauskiene Sakalauskienė
Saldanha Salifu Salih Salisu Sall Salleh Salonga Samad Samarakoon Samaraweera Samarrai
Samatar Samater Samim Samimi Samonte Sandher Sandu Sanka Sanusi Sanyaolu Saqib Sarai Sarbu
Sardar Sardinha Sarfo Sarfraz Sarkodie Sarwar Sarwari Sarı Sathasivam Satkunanathan Sattar
Satti Sava Savickas Savin Savjani Savu Sawant Sayce Sayegh Sağlam Scaria Seah Sebarenzi
Sebestyen Sebestyén Sebunya Sediqi Sedlackova Sedláčková Seecharan Seepersad Sefa Sehmi
Sehra Seidu Seixas Sejdiu Sekibo Sekyere Selimi Sellathurai Selvanayagam Selvaraj Semenko
Semenov Semenova Semere Semjonova Semjonovs Senadheera Senaratne Seneviratne Seong Serban
Sergeev Sergeeva Serhiyenko Sevcik Sevcikova Sevinc Sevinç Seyoum Shabbir Shafi Shafiei
Shafique Shahbazi Shahid Shahidi Shahin Shahrokhi Shahzad Shaibani Shakeel Shakoor Shalhoub
Shami Shammari Shamsudin Shang Shapoval Shariati Shastri Shaukat Shava Shcherbak Shcherbakov
Shek Shiferaw Shikder Shinde Shingadia Shirazi Shirdon Shkreli Shoko Shokri Shonibare Shukri
Shumba Shvets Shwani Siad Sial Siame Siaw Sibindi Sichone Siddig Siddiqi Sidorov Sidorova
Sigauke Silarajs Silarājs Silis Sima Simbulan Simiyu Simkiene Simko Simkova Simkus Simkute
Simonov Simsek Simwinga Sinani Sinkala Sinkevicius Sinkevičius Sinnadurai Sinnathamby Sira
Sirbu Siriwardene Sithole Sivagnanam Sivagurunathan Sivak Sivakova Sivaková Sivananthan
Sivanathan Sivapalan Sivarajah Sivasubramaniam Sivathasan Sivák Skariah Skerritt Skucas
Skučas Skvortsov Slavov Slavova Sleiman Slobodova Slobodová Smirnovs Snikeris Sniķeris
Sobczyk Sobieraj Sobolev Sobral Soh Sohail Sohanpal Sokolenko Sokolovs Solanke Soleimani
Soliman Soloviev Solovieva Somaiya Sonaike Sond Sonmez Sookdeo Sooknanan Sookram Soor Sopko
Sorokin Sorokina Sosu Sothinathan Sotirov Soukupova Soukupová Sowah Spasov Spruds Sprūds
Srikanthan Sriskandarajah Sritharan Srour Ssebunya Ssekajja Ssekandi Ssekitoleko Ssemakula
Ssempala Ssemwogerere Ssentongo Ssenyonga Sserwadda Ssewankambo Stachowiak Stamatov Stamenov
Stanciu Stanczyk Stanev Staneva Stanikzai Stankeviciene Stankeviciute Stankevičienė
Stankevičiūtė Stankova Stankus Stasiuk Staskevicius Stastna Stastny Stavrev Stańczyk
Staňková Staškevičius Stefan Stefanov Stefanova Stepanenko Stepankova Stepanov Stepanova
Stoev Stoeva Stoian Stonkus Stoyanov Stoyanova Strods Suchak Sudani Sugulle Sukys Sulaiman
Sulaimon Sulcs Sulemana Suleyman Sumanasekara Sunkara Suntharalingam Suppiah Surapaneni
Surdu Suthakaran Swati Sydorenko Sykorova Sylejmani Szenasi Szep Szymczyk Szénási Szép Sârbu
Sîrbu Sönmez Süleyman Sýkorová Sīlis Tabatabaei Tabbaa Tackie Tadikonda Tafa Tagger Tagoe
Taha Tahlil Taiwo Takac Takacova Takáč Takáčová Talebi Tamakloe Tamimi Tamirat Tamosiunas
Tamošiūnas Tamulevicius Tamulevičius Tamuno Tanase Tancos Tancoš Tanev Taneva Tanko Tanui
Tanveer Tapfumaneyi Tarafder Tarar Tarasenko Tarasov Tarasova Taskin Tawfiq Tawiah Tawil
Taşkın Tecle Teferi Tehrani Tekeste Tekie Tekin Teklehaimanot Teklu Teles Tembo Temel Temori
Tennakoon Teo Tereshchenko Terziev Tesfai Tesfazion Teshome Tessema Tewelde Thaci Thakker
Thampi Thanabalasingham Thangarajah Thangavelu Thankachan Thaqi Tharmalingam Thavarajah
Thaçi Theivendran Thenuwara Thethi Thillainathan Thiruchelvam Thirunavukarasu Thon Thoppil
Thota Thuraisingham Ticha Tichá Tijjani Tikhomirov Tikhonov Tikhonova Tikriti Tilahun
Timofeev Tinubu Tiongson Tirziu Titov Titova Tiwana Todorova Toh Tokhi Tola Tolaj Tolessa
Tomkova Tomková Tonev Toneva Topal Topalli Topiwala Toprak Toska Tosun Tothova Trandafir
Trieu Trifonov Triệu Trofimov Tross Tsegay Tsegaye Tsehaye Tshabalala Tshiamala Tshibangu
Tshili Tshilumba Tshimanga Tshisekedi Tshiswaka Tshuma Tsikata Tsvetkov Tsvetkova Tudorache
Tudose Tufail Tuffour Tuli Tulloch Tummala Tumusiime Tumwine Tunc Tunç Turan Tusiime
Twagirayezu Twesigye Twinomugisha Twum Tymoshenko Tîrziu Tóthová Tănase Ubaidi Ucar Uchendu
Ude Udeze Udo Udofia Udoh Udom Udugama Ugas Ugiagbe Ugwuanyi Ukaegbu Ukaj Ukpe Ukpong Ullah
Ulusoy Umali Umeadi Umeh Umoh Umutoni Unal Ungureanu Unni Upite Upitis Uppalapati Upīte
Upītis Uqaili Urbonaite Urbonaitė Urbonavicius Urbonavičius Urboniene Urbonienė Ursache Ursu
Usen Usenko Uslu Usman Usmani Uthayakumar Uwaifo Uwamahoro Uwase Uwimana Uyar Uysal Uzoma
Uzun Uzunov Uzunova Uçar Vacek Vackova Vacková Vadasz Vadgama Vadher Vadlamudi Vadász Vago
Vahidi Vaiciulis Vaidyanathan Vaitkiene Vaitkienė Vaitkus Vaitkute Vaitkutė Vaičiulis Vaja
Vakili Valach Valadares Valancius Valančius Valchev Valenta Valentova Valentová Valkov
Valkova Vallabhaneni Vallipuram Vanga Vangu Vankova Vargis Vargova Vargová Varsani Vasani
Vasile Vasilescu Vasilev Vasileva Vasiliauskaite Vasiliauskaitė Vasiliauskiene
Vasiliauskienė Vasilieva Vasiljeva Vasiljevs Vasilyev Vasilyeva Vasiļjeva Vasiļjevs Vaskelis
Vasudevan Vasylenko Vata Vavrova Vazhappilly Vaňková Vaškelis Veerasamy Velho Velichkov
Velikov Veloso Velupillai Vemula Vemuri Venckus Venkatesan Verghese Vesela Veselá Viegas
Vigneswaran Vij Vilcu Vinogradov Vinogradova Vithana Vithlani Vladimirov Vladut Vlasenko
Vlasov Vlasova Vlckova Vlăduț Vlčková Voicu Volkovs Voloshyn Vorobiev Vorobieva Voronin
Voronov Vrapi Vuksani Vuppala Vágó Vávrová Vîlcu Waberi Wachira Wadud Wafula Waheed Wahid
Wahidi Wahla Walpola Walrond Walusimbi Wamala Wambua Wambugu Wambui Wani Wanigasekara
Wanjala Wanjiku Wanniarachchi Wanyama Wanyoike Waqar Wardhere Warfa Warnakulasuriya Warraich
Warrier Warui Wasswa Waweru Wazir Waziri Weerakoon Weeraratne Weerasekara Wehbe Wehliye
Wekesa Weldegebriel Weldemichael Weldu Wickramaratne Wickramasingha Wickremesinghe
Wijayasinghe Wijesekara Wijesuriya Wijetunga Wilczek Wiredu Wireko Wogan Wojtczak Wokoma
Wolde Woldegiorgis Woldemichael Woldeselassie Wondimu Wubetu Wynter Xhafa Xhaka Xhemaili
Xing Xirsi Yaacob Yaakob Yahia Yahya Yakovenko Yakovlev Yakovleva Yakubu Yalamanchili Yalcin
Yalçın Yanev Yaneva Yankey Yankov Yankova Yaqoob Yaqub Yare Yaremchuk Yarlagadda Yaro Yaseen
Yasin Yassine Yatsenko Yavuz Yazici Yazıcı Yeluri Yemane Yener Yeoh Yigit Yilma Yimer Yiğit
Ymeri Yogalingam Yoganathan Yonis Yook Yorath Yordanov Yordanova Yousafzai Yousef Yousif
Yousuf Yucel Yudin Yue Yunus Yusein Yuseinova Yussuf Yusupov Yuusuf Yücel Zabielskis
Zadorozhnyi Zaharia Zahedi Zaher Zahid Zahiri Zaidan Zaidi Zainudin Zaitsev Zaitseva
Zajacova Zajacová Zakarevicius Zakarevičius Zakaria Zakharchenko Zakharova Zaki Zala Zamani
Zamfir Zand Zandi Zangana Zarei Zavoianu Zawada Zazai Zein Zeleke Zemaitiene Zemaitis
Zemaityte Zemanova Zemanová Zenebe Zenelaj Zeqiri Zerai Zerezghi Zewde Zhan Zhdanov Zhelev
Zheleva Zhuk Zhukov Zhukova Zhuravlev Zhuri Zia Ziaei Zialcita Zilinskas Zimba Zinchenko
Zinyama Ziverts Zlatev Zlateva Zogaj Zoubi Zsigmond Zubaidi Zubair Zuhairi Zukauskaite
Zukauskiene Zulfiqar Zulkifli Zziwa Zăvoianu Zīverts Çakmak Çakır Çela Çiftçi Çoban Çınar
Önal Örnek Özbek Özcan Özdem Özer Özgür Özkan Özkaya Öztekin Ünal Čech Čechová Čermáková
Červeňák Červeňáková Čierny Čonka Čonková Đinh Đoàn Đàm Đặng Říha Říhová Şimşek Ševčík
Ševčíková Šimkienė Šimko Šimková Šimkus Šimkutė Šmite Štěpánková Šukys Šulcs Šťastná Šťastný
Žemaitienė Žemaitis Žemaitytė Žilinskas Žukauskaitė Žukauskienė Șerban
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
King Bishop Ward Parks Day Major Law Low Prince Best Wing Dock
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
Analyst Architect Advisor Adviser Assistant Associate Coordinator Administrator Admin Controller
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
# Whom a greeting addresses when it names no one ("Dear Colleague,", "Hi Everyone,")
Colleague Colleagues Everyone Everybody Friends Guys There Both Sirs Neighbour Neighbours
Subscriber Subscribers Readers Councillors World
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
