// Common given names, so the extractor can recognise a person from a capitalised pair such as the
// byline "Mark Say" or "Paul Chichester said", and the cleaner can tell a byline from page furniture.
// Names are listed as English-language reporting writes them: the English-speaking countries, Europe
// (Finnish and Nordic included), and the romanised forms of common Russian, Ukrainian, Turkish,
// Arabic, Persian, Chinese, Korean, Japanese, South Asian, Israeli and African given names. Only
// given names: family names such as Wang or Kim-as-surname live in FAMILY_NAME_FIRST_SURNAMES, for
// names written family name first ("Wang Yi", "Lin Jian"). Words that are more often something
// else in these reports were left out on purpose: months (May, June, August), places (Sydney,
// Georgia, Paris, Santiago), ordinary words (Will, Hope, Joy, Can, Said) and common surnames.
// Lookups fold accents, so "Jurgen" finds "Jürgen".
import { stripAccents } from '../text/normalise.js';

const fold = (s: string) => stripAccents(s).toLowerCase();

/** Whitespace-separated lists, grouped by where the names are common. */
const NAME_LISTS: readonly string[] = [
  // English-speaking countries: men
  `
    Aaron Adam Adrian Al Aidan Alan Alastair Albert Alec Alex Alexander Alfie Alfred Alistair Allan Andrew
    Andy Angus Anthony Antony Archie Arthur Ashley Barry Ben Benedict Benjamin Bernard Bert Billy Blake Bob
    Bobby Brad Bradley Brandon Brendan Brett Brian Bruce Bryan Callum Calvin Cameron Carl Casey Charles
    Charlie Chris Christopher Clive Colin Connor Conor Craig Curtis Dale Damian Damien Dan Daniel Danny
    Darren Dave David Dean Declan Dennis Derek Desmond Dominic Don Donald Douglas Drew Duncan Dylan Ed Eddie
    Edmund Edward Elliot Elliott Eric Ethan Euan Evan Ewan Felix Fergus Finlay Finn Francis Frank Fraser
    Fred Freddie Frederick Gareth Gary Gavin Geoff Geoffrey George Gerald Gerard Gilbert Glen Glenn Gordon
    Graham Grant Greg Gregor Gregory Guy Hamish Harold Harrison Harry Harvey Hayden Hector Henry Howard Hugh
    Hugo Iain Ian Isaac Jack Jacob Jake James Jamie Jason Jasper Jay Jeff Jeffrey Jeremiah Jeremy Jerome
    Jerry Jim Jimmy Joe Joel Joey John Johnny Jon Jonathan Jonny Jordan Joseph Josh Joshua Julian Justin
    Keir Keith Kelvin Ken Kenneth Kevin Kieran Kirk Kit Kyle Lachlan Lance Larry Laurence Lawrence Lee Leo
    Leon Leonard Lewis Liam Lloyd Logan Louis Luke Malcolm Marcus Mark Martin Martyn Mason Matt Matthew Max
    Maxwell Merrick Michael Mick Mike Miles Mitchell Morgan Murray Nate Nathan Nathaniel Neil Nicholas Nick
    Nigel Noah Noel Norman Oliver Ollie Oscar Owen Patrick Paul Pete Peter Phil Philip Phillip Ralph Ray
    Raymond Reece Rhys Richard Rick Ricky Rob Robbie Robert Robin Rod Roderick Rodney Roger Ronald Ronan
    Rory Ross Roy Russell Ryan Sam Samuel Scott Sean Seb Sebastian Shane Shaun Simon Spencer Stanley Stephen
    Steve Steven Stewart Stuart Ted Terence Terry Theo Theodore Thomas Tim Timothy Toby Todd Tom Tommy Tony
    Trevor Tristan Troy Tyler Vernon Victor Vincent Wayne Wes Wesley William Zach Zachary Zak Chad Cliff
    Clifford Dwight Elijah Everett Floyd Franklin Gabriel Gene Harlan Herbert Jared Jesse Kurt Lyndon
    Marshall Mervyn Neville Percy Reginald Rupert Sidney Travis Tucker Walter Warren Wilfred
  `,
  // English-speaking countries: women
  `
    Abigail Ada Aileen Aimee Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy Andrea Angela
    Angelina Anita Ann Anna Anne Annabel Annette Annie Antonia Ava Avril Barbara Beatrice Becky Belinda Beth
    Bethany Betty Beverley Bonnie Brenda Bridget Caitlin Camilla Carla Carly Carol Caroline Carolyn Carrie
    Catherine Cathy Charlotte Cheryl Chloe Christina Christine Claire Clare Claudia Connie Cora Courtney
    Daisy Dana Danielle Daphne Davina Debbie Deborah Debra Denise Diana Diane Donna Dora Doreen Dorothy
    Edith Eileen Elaine Eleanor Elena Eliza Elizabeth Ella Ellen Ellie Eloise Elsie Emily Emma Erica Erin
    Esme Esther Eva Evelyn Fay Felicity Fiona Frances Freya Gabriella Gail Gemma Georgina Geraldine Gillian
    Gina Gloria Grace Gwen Hannah Harriet Hazel Heather Helen Helena Hilary Holly Imogen Irene Isabel
    Isabella Isabelle Isla Jackie Jacinda Jacqueline Jade Jane Janet Janice Jasmine Jean Jeanette Jen
    Jennifer Jenny Jess Jessica Jill Jo Joan Joanna Joanne Jocelyn Josephine Joyce Judith Judy Julia Julie
    Juliet Justine Kamala Karen Kate Katherine Kathleen Kathryn Katie Katy Kay Kayla Kelly Kemi Kerry Kim
    Kirsty Kristen Kristi Laura Lauren Leah Lesley Leslie Lillian Lily Linda Lindsay Lindsey Lisa Liz Lizzie
    Lois Lorna Lorraine Louise Lucy Lydia Lynn Lynne Madeleine Maggie Mandy Margaret Maria Marian Marie
    Marilyn Marion Martha Mary Maureen Megan Melanie Melissa Mia Michelle Mildred Millie Miranda Molly
    Monica Nadine Nancy Naomi Natalie Natasha Nell Nicola Nicole Nina Nora Norma Olivia Pam Pamela Patricia
    Paula Pauline Penelope Penny Philippa Phoebe Pippa Polly Poppy Priscilla Rachel Rebecca Rita Roberta
    Robyn Rosa Rosalind Rose Rosemary Rosie Ruby Ruth Sally Samantha Sandra Sara Sarah Scarlett Shannon
    Sharon Sheila Shirley Sian Siobhan Sophia Sophie Stacey Stella Stephanie Sue Susan Suzanne Sylvia Tamsin
    Tanya Tara Teresa Tessa Theresa Tina Tracey Tracy Tulsi Ursula Valerie Vanessa Vera Veronica Vicky
    Victoria Violet Wendy Yvette Yvonne Zoe Anneliese Shabana Rushanara Suella Priti Liane Marsha Jodie
    Kirsten Marcia Nikki Heidi Gretchen Stacy Tiffany Whitney Wanda Brittany Colleen Kathy Kristin Lori
    Meghan Nadia Rachael Rhonda Shelley Tammy Tori
  `,
  // Irish, Scottish and Welsh
  `
    Aoife Ciara Niamh Orla Sinead Saoirse Roisin Deirdre Grainne Mairead Eilidh Morag Rhiannon Cerys Carys
    Bethan Ffion Seren Cian Cillian Dermot Eoin Niall Oisin Padraig Seamus Micheal Enda Fintan Ruairi Aengus
    Colm Donal Donnacha Eamon Eamonn Fionn Gethin Dafydd Emyr Geraint Huw Ieuan Iwan Rhodri Owain Aled Alun
    Bryn Carwyn Dai Elin Eluned Glyn Gwyneth Idris Meirion Nerys Sioned Teleri Vaughan Humza Anas Jacqui
    Moira Shona Catriona Kenny Struan
  `,
  // French and Belgian
  `
    Pierre Jacques Michel Philippe Alain François Emmanuel Nicolas Olivier Laurent Thierry Sébastien
    Stéphane Christophe Guillaume Julien Mathieu Antoine Benoît Jean-Yves Jean-Noël Jean-Luc Jean-Marc
    Jean-Claude Jean-Pierre Jean-Louis Jean-Michel Jean-François Édouard Raphaël Arnaud Bruno Cédric Didier
    Fabien Fabrice Franck Gilles Grégoire Hervé Loïc Lucien Marcel Maxime Mehdi Patrice Pascal Rémi Serge
    Sylvain Thibault Xavier Yann Yannick Yves Alexis Baptiste Clément Étienne Florian Hugues Quentin Romain
    Valentin Bart Wouter Nathalie Sylvie Brigitte Élisabeth Élise Camille Manon Léa Céline Aurélie Amélie
    Delphine Marine Ségolène Rachida Agnès Anne-Marie Hélène Margaux Clémence Capucine Christelle Corinne
    Dominique Françoise Geneviève Josiane Juliette Laetitia Laure Lucie Martine Mathilde Maud Monique Muriel
    Nadège Océane Pascale Sandrine Séverine Solène Virginie Yaël Annick Bérangère Emmanuelle Gaëlle
  `,
  // German, Austrian and Swiss
  `
    Hans Jürgen Klaus Wolfgang Dieter Helmut Gerhard Horst Uwe Rainer Manfred Stefan Andreas Markus Matthias
    Jörg Olaf Friedrich Karl Franz Heinz Günter Günther Lothar Norbert Volker Sigmar Hubertus Joachim Johann
    Johannes Jens Kai Lutz Marco Nils Ralf Reinhard Rolf Rüdiger Sven Torsten Ulrich Werner Wilhelm Armin
    Alois Boris Cem Christian Georg Hendrik Holger Ingo Jan Konstantin Lars Lukas Moritz Niklas Philipp
    Tobias Ulf Winfried Wolfram Annalena Sabine Petra Monika Susanne Birgit Heike Katrin Svenja Kerstin
    Ulrike Gabriele Anke Bettina Britta Dagmar Doris Elke Gisela Ilse Jutta Karin Renate Silke Ute Christa
    Cornelia Franziska Friederike Gudrun Hannelore Ines Katharina Lena Luisa Marlene Saskia Simone Stefanie
    Tanja Ricarda Sahra Annegret Sigrid Beate
  `,
  // Italian
  `
    Giuseppe Giovanni Giorgia Sergio Mario Matteo Luigi Paolo Francesco Alessandro Antonio Roberto Stefano
    Luca Lorenzo Fabio Massimo Silvio Enrico Gianni Guido Carlo Claudio Daniele Davide Federico Giorgio
    Riccardo Vincenzo Raffaele Ignazio Alberto Angelo Dario Domenico Emanuele Filippo Franco Gianluca
    Giacomo Leonardo Maurizio Pietro Salvatore Tommaso Umberto Vittorio Alessandra Chiara Francesca Giulia
    Federica Paola Silvia Valentina Elisabetta Antonella Cristina Daniela Donatella Giovanna Lucia Marta
    Michela Patrizia Rosanna Serena Simona Stefania
  `,
  // Spanish, Portuguese and Latin American
  `
    José Juan Carlos Luis Jorge Javier Miguel Pedro Pablo Manuel Francisco Fernando Alejandro Raúl Diego
    Mariano Josep Jordi Íñigo Luiz Inácio Jair Rodrigo Gustavo Andrés Felipe Ricardo Eduardo Rafael Álvaro
    João Paulo Marcelo Rui Nuno Tiago Duarte Lula Nayib Mauricio Evo Iván Enrique Alfonso Arturo Emilio
    Ernesto Esteban Gonzalo Guillermo Ignacio Jaime Joaquín Julio Marcos Ramón Salvador Carmen Ana Sofía
    Pilar Dolores Beatriz Yolanda Margarita Soledad Alba Nerea Dilma Xiomara Adriana Alejandra Catalina
    Fernanda Gabriela Juliana Mariana Natalia Raquel Susana Valeria Ximena Yasmín Leonor Mafalda Graça
  `,
  // Dutch and Flemish
  `
    Dick Ruben Wopke Hanke Dilan Geert Pieter Willem Joost Bas Daan Sem Sander Thijs Koen Maarten Ruud
    Jeroen Frans Femke Annemarie Lotte Sanne Anouk Fleur Mirjam Marieke Caspar Dirk Erik Gert Jaap Kees
    Klaas Menno Rutger Stef Teun Tijs Wim Ank Joke Kajsa Liesbeth Lieke Marjolein Mieke Noor Romy Kasper
    Jelle Bram Lieven Jan-Jaap
  `,
  // Nordic
  `
    Anders Olof Magnus Henrik Johan Fredrik Gustav Björn Mette Ingrid Astrid Birgitta Annika Ebba Freja
    Linnea Jonas Mats Torbjørn Espen Kristian Morten Rasmus Søren Soren Mads Lene Helle Trine Gitte Ole
    Håkan Gunnar Jørgen Kjell Knut Leif Nikolaj Oskar Pål Stig Stian Terje Tore Trond Frode Eirik Emil Elias
    Axel Viktor Ida Maja Malin Marit Siv Solveig Tone Tove Ulla Margrethe Pernille Lise Dorte Hanne Signe
    Erna Hilde Magdalena Ylva Ann-Sofie Ulrika Åsa Jessika Mette-Marit Jakob
  `,
  // Finnish
  `
    Mikko Jukka Juha Matti Pekka Antti Timo Kari Jari Sami Heikki Petteri Sauli Eero Tuomas Ville Janne
    Jussi Markku Hannu Esa Ilkka Olli Lauri Risto Seppo Tapio Teemu Jarmo Kimmo Marko Mika Petri Pertti
    Raimo Arto Aleksi Eetu Joonas Juho Lasse Niko Onni Otto Santeri Topias Veeti Jani Jouni Jyrki Kalle Kimi
    Mikael Oskari Paavo Pasi Sakari Tero Tuomo Urho Vesa Väinö Aki Alpo Erkki Harri Jarkko Jorma Kaarlo
    Kyösti Martti Reijo Sanna Aino Elina Riikka Päivi Tiina Minna Kaisa Katja Leena Liisa Maarit Marja Outi
    Pia Pirjo Satu Sari Suvi Tuula Johanna Hanna Henna Anu Anni Emmi Helmi Iida Jenni Kirsi Noora Oona Saara
    Tarja Tytti Eeva Eija Heli Irja Jaana Kaarina Kristiina Laila Marjatta Merja Milla Mirja Nelli Pirkko
    Raija Ritva Sirpa Terhi Venla Virpi Aila Anne-Mari
  `,
  // Baltic
  `
    Kaja Kersti Toomas Alar Jüri Kristjan Margus Urmas Hanno Gitanas Ingrida Dalia Arvydas Gabrielius Valdas
    Vytautas Audronius Krišjānis Egils Edgars Raimonds Artis Evika Baiba Ilze Inese Laimdota Algirdas
    Rimantas
  `,
  // Central and Eastern European, Greek
  `
    Andrzej Radosław Mateusz Jarosław Lech Krzysztof Piotr Tomasz Paweł Marcin Michał Grzegorz Wojciech
    Jakub Kamil Łukasz Lukasz Agnieszka Katarzyna Małgorzata Ewa Beata Dorota Elżbieta Zofia Zbigniew Bogdan
    Rafał Szymon Władysław Janusz Mariusz Adrianna Aleksandra Urszula Petr Pavel Jiří Václav Milan Miloš
    Tomáš Jana Lenka Zuzana Gergely Zoltán László István Ferenc Katalin Zsuzsanna Judit Balázs Attila Gábor
    Tamás Nicolae Ion Mihai Gheorghe Alexandru Ioana Viorica Maia Dacian Cristian Florin Sorin Aleksandar
    Nikola Goran Zoran Dragan Milorad Ivica Ante Andrej Janez Borut Natasa Ivana Jelena Marija Milica Vesna
    Kolinda Zdravko Rumen Boyko Kiril Ognyan Mariya Kyriakos Nikos Giorgos Dimitris Yannis Konstantinos
    Katerina Eleni Georgios Panagiotis Ioannis Nikolaos Evangelos Christos Dimitrios Anastasios Vasilis
    Sotiris Albin Ilir Sali Hashim Vjosa Hristijan Stevo Bojan Branko Dejan Dusan Miroslav Radovan Slobodan
    Vuk
  `,
  // Russian, Ukrainian and Belarusian
  `
    Vladimir Volodymyr Sergei Sergey Serhiy Serhii Dmitry Dmitri Dmytro Alexei Alexey Oleksiy Oleksii Andrei
    Andriy Mikhail Mykhailo Nikolai Nikolay Mykola Yuri Yuriy Yury Igor Ihor Oleg Oleh Pavlo Anatoly
    Anatolii Gennady Yevgeny Evgeny Yevgeniy Yevhen Kostiantyn Maxim Maksim Maksym Kirill Denis Vitaly
    Vitaliy Vitali Ruslan Roman Artem Artyom Stanislav Vadim Valery Valeriy Vasily Vasyl Arkady Grigory
    Leonid Aleksandr Alexandr Oleksandr Aleksei Anton Arseniy Borys Danylo Fedor Fyodor Gleb Ilya Illia
    Kyrylo Lev Matvei Mstislav Nikita Petro Pyotr Ramzan Rostislav Semyon Stepan Taras Timur Vasili Veniamin
    Viacheslav Vyacheslav Yaroslav Zakhar Aleksander Valentyn Yegor Yevgenia Natalya Nataliya Olga Olha
    Tatiana Tatyana Tetiana Svetlana Svitlana Irina Iryna Olena Yelena Anastasia Anastasiia Ekaterina
    Yekaterina Kateryna Yulia Yuliia Oksana Ludmila Lyudmila Liudmyla Galina Halyna Marina Maryna Ksenia
    Daria Darya Nadezhda Nadiya Polina Alina Alla Anzhela Inna Kira Larisa Lilia Lyubov Raisa Sofiya Tamara
    Viktoria Viktoriya Yana Zhanna Zoya Veronika Alyona Sviatlana Aliaksandr
  `,
  // Turkish
  `
    Recep Tayyip Mehmet Mustafa Ahmet Hulusi Mevlüt Kemal Murat Emre Burak Elif Ayşe Fatma Zeynep Emine
    Meral Selin Yusuf Ömer Hüseyin Osman Erdem Onur Serkan Volkan Binali Devlet Ekrem Numan Süleyman Yaşar
    Bülent Cevdet Hatice Merve Özlem Tuba
  `,
  // Arabic
  `
    Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali Omar Umar Khalid Khaled Abdullah Abdulaziz Abdel
    Abdul Hassan Hussein Hussain Ibrahim Youssef Yousef Yusef Mostafa Tariq Tarek Karim Kareem Samir Sameer
    Nabil Walid Waleed Faisal Fahad Fahd Saad Salman Sultan Hamad Hamza Bilal Jamal Adel Amr Ayman Bashar
    Fatima Aisha Aysha Mariam Maryam Nour Layla Leila Hana Rania Salma Yasmine Zainab Zaynab Huda Lina Dina
    Reem Abdelaziz Abdelfattah Abdulrahman Abdelrahman Anwar Ashraf Aziz Bassam Fadi Farid Fouad Ghassan
    Habib Hadi Haitham Hakim Hani Hisham Imad Issa Jalal Jamil Kamal Mahmoud Mahmud Majid Mansour Marwan
    Mazen Mohsen Muna Nabila Nasser Nawaf Nizar Qasim Rafiq Rami Riad Riyad Shadi Suleiman Talal Tamim
    Tawfiq Wael Yahya Yasser Yasir Ziad Zayed Mansoor Hamdan Mishal Nayef Turki Bandar Muqrin Lamia Noura
    Samira Souad Wafa Ghada Hiba Iman Jamila Khadija Maha Manal Najla Rasha Safa Samar Suha Widad Yara
  `,
  // Persian
  `
    Reza Javad Abbas Ebrahim Masoud Hamid Saeed Amir Hossein Morteza Mojtaba Kazem Farhad Dariush Dariusz
    Kourosh Babak Behrouz Behnam Arash Shahram Parisa Fatemeh Zahra Narges Shirin Nasrin Azadeh Golnaz Roya
    Mahsa Neda Sepideh Ladan Mina Soheila Ali-Akbar Akbar Asghar Bahram Davood Ehsan Esmail Farzad Jalil
    Kamran Keyvan Manouchehr Milad Nima Omid Payam Pedram Peyman Pouya Ramin Saman Sina Siavash Vahid Yaser
    Amirali Mohammadreza Mohammadali Hamidreza Alireza Gholamreza Abdolrahim Esmaeil Hojatollah Ruhollah
    Elham Farnaz Forough Golshifteh Haleh Leyla Mahnaz Marjan Mitra Nazanin Niloufar Parvin Pegah Shiva
    Simin Taraneh Yasaman Zohreh Atena Sanaz Bahareh Masih
  `,
  // Chinese (romanised given names)
  `
    Jinping Keqiang Qiang Jian Wei Ming Hua Lei Yan Ying Xiaoming Chunying Lijian Wenbin Ning Xin Hao Gang
    Jiechi Yong Hui Jing Zhen Hai Xiaoping Zemin Jintao Qishan Huning Jie Qing Yun Zhi Wen Zhiqiang Xiaohong
    Xiaoyan Jianguo Jianhua Guoqiang Weiming Haiyan Lili Yanping Xiaodong Xiaolin Zhijun Jianjun Yuqing
    Liqun Kun Chao Fei Xiaojun Xiaoyu Yifan Yiming Zihan Haoran Yuxuan Zixuan Xinyi Yuhan Jiahui Wenjun
    Zhiwei Weiwei Shuang Tingting Yuting Jiayi Mingyu Zhiyuan Chunhua Yongqiang Dongsheng Guangming Qiming
    Zhengsheng Wenjie Xinhua Yaobang Xuejun Yiwei Yanhong Xiaowei Jianming Junjie Haifeng Lijun Liping
    Hongwei Chunlin Zhengfei Xiaochuan
  `,
  // Korean (romanised given names)
  `
    Jong-un Yo-jong Suk-yeol Jae-myung Jae-in Geun-hye Moo-hyun Dae-jung Myung-bak Min-jun Seo-yeon Ji-hoon
    Ji-woo Hyun-woo Min-seo Seo-jun Do-yun Ha-eun Ji-ho Su-bin Yoon-seo Ye-jin Dong-hyun Sung-min Young-ho
    Jung-hoon Hye-jin Eun-ji Soo-jin Min-ji Kyung-wha Tae-yong Sang-woo Jin-woo Chul-soo Young-hee Jae-yong
    Kyung-hoon Sung-hwan Byung-se Tae-hyo Hyun-jin Ji-eun Seung-ho Hyun-soo Jin-sung Kang-in Yong-ho Ui-chun
    Son-hui Myong-guk Jongun Yojong Minjun Seoyeon Jihoon Jiwoo Hyunwoo Seojun Dohyun Jihun Eunji Soojin
    Minji Jiyoung Jiyeon
  `,
  // Japanese
  `
    Shinzo Fumio Yoshihide Shigeru Taro Yoko Kenji Hiroshi Takeshi Akira Yuki Haruto Sakura Yui Kenta
    Daisuke Takashi Satoshi Naoki Kazuo Hideki Ichiro Junichiro Yoshimasa Yoshiko Keiko Yumiko Akiko Haruki
    Koji Masahiro Makoto Tomoko Emi Ryo Kaito Riku Sota Yuto Mei Koharu Minoru Nobuo Shintaro Toshiaki
    Yasuhiro Kaori Mariko Noriko Sachiko Naoko Hiroko Kiyoshi Kunio Masako Michiko Nobuko Ryota Sanae
    Shinjiro Takeo Tomomi Toshio Yasuo Yoshiro Yukio Yuko Yusuke Kazuki Kotaro Takumi Hayato Hinata Itsuki
    Yuma Kentaro Kosuke
  `,
  // South Asian
  `
    Narendra Rahul Amit Rajnath Subrahmanyam Sanjay Vijay Raj Ravi Arun Anil Sunil Suresh Ramesh Rajesh
    Mahesh Deepak Ajay Ashok Manoj Vivek Rohit Nikhil Arjun Aditya Krishna Priya Pooja Anjali Sunita Kavita
    Neha Divya Deepika Shreya Nisha Sonia Indira Nirmala Smriti Rishi Alok Sajid Sadiq Imran Nawaz Shehbaz
    Asif Bilawal Benazir Hasina Khaleda Manmohan Arvind Mamata Ajit Shashi Kiran Lakshmi Meera Ananya Aarav
    Vihaan Ishaan Karan Varun Gaurav Pranav Siddharth Akash Sachin Virat Harsh Nitin Piyush Ashwini Amitabh
    Rajiv Sonal Shilpa Rekha Usha Veena Geeta Gita Sita Radha Ranil Mahinda Gotabaya Pushpa Prachanda
    Zulfikar Shahid Arif Asim Bushra Junaid Nadeem Naveed Rizwan Saqib Shoaib Tahir Usman Waqar Zubair
    Ayesha Saima Rabia Nazia Ahsan Jahangir Murad Rashid Rehan Salim Shabbir Tanvir Mujib Sajeeb Tasnim
    Chandrika Dinesh Ganesh Girish Hemant Jayant Kishore Mohan Mukesh Naresh Pradeep Prakash Rakesh Sandeep
    Satish Shyam Sudhir Vikram Yogesh Anand Anupam Aparna Bhavna Chitra Gauri Jyoti Kajal Madhuri Nandini
    Padma Preeti Ritu Sapna Seema Shalini Swati Tanvi Uma Vandana
  `,
  // Israeli
  `
    Yair Naftali Yoav Gideon Avi Eli Moshe Ehud Ariel Yossi Itamar Bezalel Gilad Tamar Noa Michal Shira
    Ayelet Tzipi Golda Orly Yitzhak Shimon Benny Gadi Avigdor Yuli Ronen Tal Nadav Oren Uri Yigal Amos
    Aharon Dror Eitan Erez Gal Idan Liron Nir Ofer Shai Tzachi Yaakov Yehuda Yonatan Ziv Hila Keren Limor
    Merav Miri Orit Rivka Ronit Sigal Smadar Tali Yifat
  `,
  // African
  `
    Cyril Thabo Nelson Kwame Kofi Nana Bola Muhammadu Olusegun Uhuru Yoweri Abiy Emmerson Hakainde Macky
    Alassane Kwasi Ngozi Chimamanda Amina Aminata Fatou Oumar Moussa Mamadou Abdoulaye Adama Chinedu Emeka
    Oluwaseun Tunde Yemi Funmi Thandiwe Naledi Sipho Themba Zanele Lindiwe Nomvula Samia Jakaya Julius Jomo
    Raila Kalonzo Mokgweetsi Saulos Filipe Joaquim Ousmane Bassirou Faustin Uche Chukwuma Ifeoma Adaeze
    Obinna Nnamdi Babajide Folake Ayodele Adebayo Abimbola Akinwumi Kayode
  `,
];

/** Every given name, folded to lower case without accents. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  NAME_LISTS.flatMap((list) => list.split(/\s+/).filter(Boolean)).map(fold),
);

/**
 * True when `word` is a given name written as a name: capitalised ("Mark" yes, "mark" no). A word in
 * capitals counts when it has four or more letters ("MARK"), since shorter ones are usually acronyms
 * ("SAM", "ALI").
 */
export function isGivenName(word: string): boolean {
  const w = word.trim();
  if (!/^\p{Lu}/u.test(w)) return false;
  if (w.length <= 3 && w === w.toUpperCase() && w.length > 1) return false;
  return GIVEN_NAMES.has(fold(w));
}

/**
 * Common Chinese, Korean and Vietnamese family names, which stand first in names as the press
 * writes them ("Wang Yi", "Kim Jong Un", "Nguyen Phu Trong"). Family names that are also common
 * English words (He, Do, Long, Sun, Fan, Son…) are left out; a caller should still ask for a
 * name-like word after the family name.
 */
export const FAMILY_NAME_FIRST_SURNAMES: ReadonlySet<string> = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang Han Feng
  Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Ye Cheng Wei Su Lü Ding Ren Lu Yao Shen Zhong Cui
  Tan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Mao Hao Gu Gong Shao
  Wan Qian Dai Xi Kong Qi Mo Ma Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Seo Shin Kwon Hwang Ahn Yoo
  Hong Jeon Moon Bae Baek Heo Nam Ri Pak Choe Chun Roh Ban Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Ngo
  Duong`
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);

/** True when `word`, capitalised, is a common East Asian family name ("Wang", "Kim"). */
export function isFamilyNameFirstSurname(word: string): boolean {
  const w = word.trim();
  return /^\p{Lu}/u.test(w) && FAMILY_NAME_FIRST_SURNAMES.has(fold(w));
}
