"""Original Indonesian demo articles written for Guyub (used by articles/demo_content.py).

Each article: sections of (heading, [paragraphs]); ``related`` maps a section number to
the slug of the article its "Pos Terkait" line points at; ``extra`` adds a quote or a list
after a section.
"""

AUTHORS = [
    {
        "slug": "siti-rahmawati",
        "name": "Siti Rahmawati",
        "bio": (
            "Bendahara arisan RT 04 dan pengurus PKK di Sleman. Menulis tentang keuangan "
            "kelompok, posyandu, dan kegiatan ibu-ibu kampung."
        ),
        "colour": (190, 84, 62),
    },
    {
        "slug": "bagus-prasetyo",
        "name": "Bagus Prasetyo",
        "bio": (
            "Ketua karang taruna di Magelang, pesepeda akhir pekan, dan relawan dapur umum "
            "saat bencana. Suka mencatat cara warga bekerja bersama."
        ),
        "colour": (38, 104, 140),
    },
]

CATEGORIES = [
    {
        "slug": "arisan-keuangan",
        "name": "Arisan & Keuangan",
        "description": "Arisan, kas kelompok, iuran, dan cara mengelola uang bersama dengan jujur.",
    },
    {
        "slug": "keagamaan",
        "name": "Keagamaan",
        "description": "Pengajian, majelis taklim, dan kegiatan rumah ibadah di lingkungan warga.",
    },
    {
        "slug": "pemuda",
        "name": "Pemuda",
        "description": "Karang taruna, remaja masjid, dan anak muda yang menggerakkan kampung.",
    },
    {
        "slug": "lingkungan",
        "name": "Lingkungan",
        "description": "Kerja bakti, bank sampah, ronda, dan menjaga kampung tetap nyaman.",
    },
    {
        "slug": "kesehatan",
        "name": "Kesehatan",
        "description": "Posyandu, kader kesehatan, dan kebiasaan sehat yang dimulai dari RT.",
    },
    {
        "slug": "keluarga-pkk",
        "name": "Keluarga & PKK",
        "description": "PKK, dasawisma, dan kegiatan keluarga di tingkat RT dan RW.",
    },
    {
        "slug": "pertanian",
        "name": "Pertanian",
        "description": "Kelompok tani, sekolah lapang, dan cerita dari sawah serta kebun.",
    },
    {
        "slug": "hobi-relawan",
        "name": "Hobi & Relawan",
        "description": "Komunitas hobi dan kelompok relawan yang tumbuh dari pertemanan.",
    },
]

ARTICLES = [
    {
        "slug": "arisan-rt-yang-awet",
        "title": "Arisan RT yang Awet: Lima Kebiasaan Pengurus yang Terbuka",
        "date": "2026-06-04",
        "authors": ["siti-rahmawati"],
        "categories": ["arisan-keuangan", "keluarga-pkk"],
        "tags": ["arisan", "pengurus", "transparansi"],
        "colour": (196, 120, 40),
        "caption": "Kocokan arisan bulanan di teras rumah ketua RT. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Banyak arisan bubar bukan karena anggotanya tidak mampu membayar, tetapi karena "
            "mereka berhenti saling percaya. Di RT kami, arisan ibu-ibu sudah berjalan sebelas "
            "tahun. Rahasianya ternyata sederhana dan bisa ditiru."
        ),
        "sections": [
            (
                "Catat setiap rupiah di depan anggota",
                [
                    "Setiap pertemuan, bendahara membacakan berapa uang yang masuk, siapa yang "
                    "belum membayar, dan berapa yang diterima pemenang kocokan. Buku catatannya "
                    "diletakkan di meja supaya siapa saja boleh melihat.",
                    "Kebiasaan ini terasa kaku di awal, tetapi justru membuat suasana lebih "
                    "santai. Tidak ada lagi bisik-bisik di dapur tentang uang yang kurang.",
                ],
            ),
            (
                "Sepakati aturan sebelum ada masalah",
                [
                    "Kapan iuran paling lambat dibayar? Bagaimana jika pemenang pindah rumah? "
                    "Bolehkah bertukar giliran? Pertanyaan seperti ini lebih mudah dijawab saat "
                    "semua orang masih tersenyum, bukan ketika sudah ada yang tersinggung.",
                    "Kami menuliskan aturan itu di satu lembar kertas dan menempelkannya di "
                    "grup WhatsApp. Setiap awal tahun, aturan dibaca ulang dan boleh diubah.",
                ],
            ),
            (
                "Gilir tempat, bukan hanya uang",
                [
                    "Tuan rumah pertemuan bergantian sesuai urutan rumah. Yang rumahnya sempit "
                    "boleh meminjam balai RW. Dengan begitu tidak ada anggota yang merasa "
                    "selalu merepotkan atau selalu direpotkan.",
                ],
            ),
            (
                "Sisakan waktu untuk ngobrol",
                [
                    "Arisan bukan sekadar menabung. Setengah jam terakhir kami pakai untuk "
                    "bertukar kabar: siapa yang sakit, anak siapa yang akan menikah, harga "
                    "cabai di pasar. Dari obrolan itulah lahir ide kegiatan lain.",
                ],
            ),
            (
                "Siapkan pengganti pengurus",
                [
                    "Bendahara yang baik pun suatu hari lelah. Kami selalu punya wakil yang "
                    "ikut memegang catatan, sehingga pergantian pengurus tidak membuat arisan "
                    "berhenti di tengah jalan.",
                ],
            ),
        ],
        "related": {2: "kas-kelompok-buku-sederhana"},
        "extra": {
            1: (
                "quote",
                {
                    "text": "Uang arisan itu kecil, tapi kepercayaan anggotanya mahal.",
                    "attribution": "Bu Sri, bendahara arisan RT 04",
                },
            )
        },
    },
    {
        "slug": "menghidupkan-pengajian-ibu-ibu",
        "title": "Menghidupkan Pengajian Ibu-Ibu di Tengah Kesibukan",
        "date": "2026-06-21",
        "authors": ["siti-rahmawati"],
        "categories": ["keagamaan", "keluarga-pkk"],
        "tags": ["pengajian", "majelis taklim", "ibu-ibu"],
        "colour": (46, 125, 90),
        "caption": "Pengajian rutin malam Jumat di musala kampung. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Jamaah pengajian yang dulu penuh kini tinggal belasan orang. Banyak ibu bekerja "
            "sampai sore dan lelah di malam hari. Beberapa majelis taklim berhasil bangkit "
            "dengan mengubah cara, bukan isinya."
        ),
        "sections": [
            (
                "Geser jadwal mengikuti jamaah",
                [
                    "Majelis taklim di kampung sebelah memindahkan pengajian dari Kamis siang "
                    "ke Ahad pagi selepas senam. Jumlah jamaah naik hampir dua kali lipat "
                    "dalam tiga bulan.",
                    "Jadwal yang baik adalah jadwal yang ditanyakan dulu kepada jamaah, bukan "
                    "yang diwariskan dari pengurus lama.",
                ],
            ),
            (
                "Pendek, rutin, dan jelas temanya",
                [
                    "Kajian satu jam dengan tema yang diumumkan seminggu sebelumnya lebih "
                    "diminati daripada acara panjang tanpa arah. Jamaah bisa memilih datang "
                    "karena tahu apa yang akan dibahas.",
                ],
            ),
            (
                "Libatkan jamaah muda",
                [
                    "Remaja putri diberi tugas mengatur pengeras suara, mencatat kas, atau "
                    "membaca tilawah pembuka. Tugas kecil membuat mereka merasa memiliki "
                    "pengajian itu.",
                ],
            ),
            (
                "Jaga kas dan konsumsi tetap sederhana",
                [
                    "Konsumsi yang berlebihan sering membuat tuan rumah enggan ketempatan. "
                    "Cukup teh manis dan satu jenis kue. Sisa kas disalurkan untuk jamaah "
                    "yang sakit atau sedang kesulitan.",
                ],
            ),
        ],
        "related": {3: "arisan-rt-yang-awet"},
    },
    {
        "slug": "karang-taruna-bukan-sekadar-panitia",
        "title": "Karang Taruna Bukan Sekadar Panitia Tujuhbelasan",
        "date": "2026-07-02",
        "authors": ["bagus-prasetyo"],
        "categories": ["pemuda"],
        "tags": ["karang taruna", "pemuda", "kegiatan rutin"],
        "colour": (200, 60, 60),
        "caption": "Rapat karang taruna di pos ronda setelah lomba Agustusan. Ilustrasi: Redaksi.",
        "intro": (
            "Setiap Agustus karang taruna mendadak sibuk, lalu menghilang sebelas bulan. "
            "Padahal anak muda kampung punya tenaga dan ide untuk kegiatan sepanjang tahun. "
            "Berikut cara kami menjaga organisasi tetap hidup."
        ),
        "sections": [
            (
                "Buat kalender kegiatan satu tahun",
                [
                    "Di awal tahun kami duduk bersama dan membagi tahun menjadi empat musim "
                    "kegiatan: olahraga, lingkungan, Ramadan, dan Agustusan. Setiap musim punya "
                    "koordinator sendiri.",
                    "Kalender itu dicetak dan ditempel di pos ronda. Warga jadi tahu kapan "
                    "anak muda butuh bantuan dan kapan mereka bisa diajak kerja sama.",
                ],
            ),
            (
                "Usaha kecil untuk kas organisasi",
                [
                    "Persewaan tenda dan kursi, jasa parkir saat hajatan, dan jualan es teh "
                    "di lapangan voli menjadi sumber kas. Organisasi yang punya uang sendiri "
                    "lebih leluasa membuat program.",
                ],
            ),
            (
                "Rapat singkat, keputusan tertulis",
                [
                    "Rapat paling lama satu jam, dan setiap keputusan ditulis di grup lengkap "
                    "dengan nama penanggung jawab. Anggota yang tidak datang tetap tahu apa "
                    "yang harus dikerjakan.",
                ],
            ),
            (
                "Ajak yang pendiam",
                [
                    "Tidak semua anak muda suka tampil di panggung. Ada yang pandai desain, "
                    "ada yang rapi mencatat, ada yang kuat mengangkat meja. Tanyakan apa yang "
                    "mereka sukai sebelum memberi tugas.",
                ],
            ),
        ],
        "related": {2: "kerja-bakti-tanpa-kapok"},
        "extra": {
            1: (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Januari–Maret: turnamen voli dan bulu tangkis antar-RT",
                        "April–Mei: kegiatan Ramadan dan takbiran keliling",
                        "Juni–Agustus: lomba dan malam tirakatan",
                        "September–Desember: kerja bakti dan bank sampah",
                    ],
                },
            )
        },
    },
    {
        "slug": "kerja-bakti-tanpa-kapok",
        "title": "Kerja Bakti yang Tidak Membuat Warga Kapok",
        "date": "2026-07-19",
        "authors": ["bagus-prasetyo", "siti-rahmawati"],
        "categories": ["lingkungan"],
        "tags": ["gotong royong", "kerja bakti", "kampung bersih"],
        "colour": (60, 130, 60),
        "caption": "Warga membersihkan saluran air menjelang musim hujan. Ilustrasi: Redaksi.",
        "intro": (
            "Gotong royong adalah kebanggaan kampung, tetapi kerja bakti yang tidak "
            "terencana bisa berakhir dengan separuh warga menonton dan separuh lagi kesal. "
            "Sedikit persiapan membuat semua orang mau datang lagi bulan depan."
        ),
        "sections": [
            (
                "Umumkan tujuan yang bisa dilihat hasilnya",
                [
                    "“Membersihkan got di gang tiga sampai ujung” lebih menarik daripada "
                    "“kerja bakti rutin”. Warga senang melihat hasil nyata sebelum matahari "
                    "terlalu tinggi.",
                ],
            ),
            (
                "Siapkan alat sebelum hari H",
                [
                    "Cangkul, sekop, karung, dan sarung tangan dikumpulkan sehari sebelumnya. "
                    "Kerja bakti sering molor karena warga sibuk mencari alat.",
                    "Catat siapa meminjamkan apa, supaya semua alat kembali ke pemiliknya.",
                ],
            ),
            (
                "Bagi kelompok kecil dengan pemimpin",
                [
                    "Lima sampai enam orang per kelompok, masing-masing dengan satu ruas jalan. "
                    "Kelompok kecil membuat orang merasa dibutuhkan dan tidak bisa bersembunyi "
                    "di belakang kerumunan.",
                ],
            ),
            (
                "Tutup dengan makan bersama",
                [
                    "Nasi bungkus sederhana dan teh hangat dari iuran sukarela membuat kerja "
                    "bakti terasa seperti pesta kecil. Di sinilah warga baru biasanya mulai "
                    "akrab dengan tetangganya.",
                ],
            ),
        ],
        "related": {1: "bank-sampah-rw"},
    },
    {
        "slug": "posyandu-mengajak-ayah",
        "title": "Posyandu Balita: Cara Kader Mengajak Ayah Ikut Datang",
        "date": "2026-08-06",
        "authors": ["siti-rahmawati"],
        "categories": ["kesehatan", "keluarga-pkk"],
        "tags": ["posyandu", "kader", "balita"],
        "colour": (214, 96, 140),
        "caption": "Penimbangan balita di posyandu dusun. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Meja penimbangan posyandu hampir selalu dipenuhi ibu. Padahal tumbuh kembang "
            "anak adalah urusan kedua orang tua. Kader posyandu di beberapa desa mulai "
            "mencoba cara baru agar para ayah ikut hadir."
        ),
        "sections": [
            (
                "Buka posyandu di akhir pekan sesekali",
                [
                    "Satu kali dalam tiga bulan, posyandu dibuka Sabtu pagi. Ayah yang bekerja "
                    "di hari biasa akhirnya bisa melihat sendiri grafik berat badan anaknya.",
                ],
            ),
            (
                "Beri peran, bukan hanya undangan",
                [
                    "Ayah diminta membantu mencatat antrean, menata meja, atau mengukur tinggi "
                    "badan. Setelah punya tugas, mereka datang lagi tanpa perlu diingatkan.",
                    "Kader juga menyiapkan penjelasan singkat tentang gizi yang disampaikan "
                    "langsung kepada kedua orang tua.",
                ],
            ),
            (
                "Rayakan kemajuan kecil",
                [
                    "Anak yang berat badannya naik sesuai garis mendapat stiker bintang. "
                    "Orang tua ikut bangga, dan kabar baik itu menyebar di grup warga.",
                ],
            ),
        ],
        "related": {1: "pkk-dari-lomba-masak-ke-pembukuan-digital"},
        "extra": {
            2: (
                "quote",
                {
                    "text": "Begitu bapak-bapak ikut menimbang, obrolan soal gizi jadi urusan "
                    "rumah tangga, bukan urusan ibu saja.",
                    "attribution": "Bu Ning, kader posyandu",
                },
            )
        },
    },
    {
        "slug": "pkk-dari-lomba-masak-ke-pembukuan-digital",
        "title": "PKK Zaman Sekarang: Dari Lomba Masak ke Pembukuan Digital",
        "date": "2026-08-23",
        "authors": ["siti-rahmawati"],
        "categories": ["keluarga-pkk", "arisan-keuangan"],
        "tags": ["PKK", "dasawisma", "pembukuan"],
        "colour": (150, 80, 170),
        "caption": "Pelatihan pembukuan untuk pengurus dasawisma. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "PKK sering dikenal lewat lomba masak dan senam. Di banyak RW, ibu-ibu PKK kini "
            "juga mengurus data keluarga, usaha kecil, dan pembukuan yang rapi. Perubahan itu "
            "tidak butuh aplikasi mahal."
        ),
        "sections": [
            (
                "Data dasawisma yang dipakai, bukan ditumpuk",
                [
                    "Catatan dasawisma tentang jumlah balita, lansia, dan ibu hamil dipakai "
                    "untuk merencanakan posyandu dan pembagian bantuan. Data yang dipakai "
                    "akan dijaga agar selalu benar.",
                ],
            ),
            (
                "Pembukuan dengan lembar kerja bersama",
                [
                    "Satu lembar kerja di ponsel bendahara, dibagikan ke ketua dan sekretaris, "
                    "sudah cukup. Setiap transaksi ditulis hari itu juga, lengkap dengan foto "
                    "nota.",
                    "Ketika ada pemeriksaan dari kelurahan, semua bukti sudah siap dalam "
                    "hitungan menit.",
                ],
            ),
            (
                "Lomba tetap ada, tujuannya bergeser",
                [
                    "Lomba masak kini bertema menu bergizi dengan bahan dari pekarangan. "
                    "Pemenangnya diminta berbagi resep di pertemuan berikutnya, sehingga "
                    "semua orang ikut belajar.",
                ],
            ),
        ],
        "related": {2: "kas-kelompok-buku-sederhana"},
    },
    {
        "slug": "sekolah-lapang-kelompok-tani",
        "title": "Kelompok Tani Belajar Bersama di Sekolah Lapang",
        "date": "2026-09-03",
        "authors": ["bagus-prasetyo"],
        "categories": ["pertanian"],
        "tags": ["kelompok tani", "sekolah lapang", "padi"],
        "colour": (120, 140, 40),
        "caption": "Pengamatan hama bersama di petak percontohan. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Petani paling percaya pada apa yang mereka lihat sendiri di sawah. Karena itu "
            "sekolah lapang, belajar langsung di petak percontohan, menjadi cara kelompok "
            "tani di lereng Merbabu memperbaiki hasil panen."
        ),
        "sections": [
            (
                "Satu petak, dua cara",
                [
                    "Petak percontohan dibagi dua. Separuh ditanam dengan cara biasa, separuh "
                    "dengan jarak tanam dan pemupukan yang disepakati bersama. Setiap pekan "
                    "anggota datang membandingkan.",
                ],
            ),
            (
                "Catatan pengamatan mingguan",
                [
                    "Tinggi tanaman, jumlah anakan, dan hama yang ditemukan ditulis di papan "
                    "tulis kecil di gubuk. Anggota yang jarang bicara di rapat ternyata paling "
                    "teliti mencatat.",
                    "Catatan itu menjadi bahan diskusi yang jauh lebih hidup daripada ceramah.",
                ],
            ),
            (
                "Panen dan hitung bersama",
                [
                    "Saat panen, hasil kedua petak ditimbang di depan semua anggota. Angka "
                    "yang jelas membuat keputusan musim berikutnya lebih mudah disepakati.",
                ],
            ),
            (
                "Berbagi ke kelompok lain",
                [
                    "Kelompok yang sudah berhasil mengundang kelompok tani dari desa tetangga. "
                    "Petani belajar paling cepat dari sesama petani.",
                ],
            ),
        ],
        "related": {3: "kas-kelompok-buku-sederhana"},
    },
    {
        "slug": "jadwal-ronda-yang-adil",
        "title": "Jadwal Ronda yang Adil untuk Semua Warga",
        "date": "2026-09-20",
        "authors": ["bagus-prasetyo"],
        "categories": ["lingkungan", "pemuda"],
        "tags": ["ronda", "siskamling", "gotong royong"],
        "colour": (40, 60, 120),
        "caption": "Pos ronda yang baru dicat oleh karang taruna. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Ronda malam menjaga kampung, tetapi jadwal yang tidak adil cepat membuat warga "
            "malas. Pengurus RT bisa menyusun jadwal yang masuk akal bagi pekerja sif, "
            "lansia, dan warga baru."
        ),
        "sections": [
            (
                "Tanyakan jam kerja setiap warga",
                [
                    "Pekerja pabrik dengan sif malam tidak mungkin ikut ronda pada minggu yang "
                    "sama. Formulir sederhana tentang jam kerja membantu pengurus menyusun "
                    "jadwal tanpa berdebat.",
                ],
            ),
            (
                "Sediakan pilihan pengganti",
                [
                    "Warga yang tidak bisa ronda boleh mengganti dengan iuran jaga atau "
                    "bertukar hari dengan tetangga. Aturannya ditulis jelas agar tidak ada "
                    "yang merasa dibeda-bedakan.",
                ],
            ),
            (
                "Pos ronda yang nyaman",
                [
                    "Lampu terang, termos, dan buku catatan kejadian membuat ronda terasa "
                    "serius sekaligus menyenangkan. Karang taruna membantu mengecat dan "
                    "memperbaiki atap pos.",
                ],
            ),
        ],
        "related": {1: "karang-taruna-bukan-sekadar-panitia"},
        "numbered": False,
    },
    {
        "slug": "bank-sampah-rw",
        "title": "Bank Sampah RW: Menabung dari Botol Plastik",
        "date": "2026-10-01",
        "authors": ["siti-rahmawati", "bagus-prasetyo"],
        "categories": ["lingkungan", "arisan-keuangan"],
        "tags": ["bank sampah", "daur ulang", "kampung bersih"],
        "colour": (30, 140, 130),
        "caption": "Penimbangan sampah pilah di balai RW. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Sampah plastik yang dulu dibakar di pekarangan kini ditimbang, dicatat, dan "
            "dijual. Bank sampah RW membuat warga punya tabungan kecil sekaligus kampung "
            "yang lebih bersih."
        ),
        "sections": [
            (
                "Mulai dari tiga jenis sampah",
                [
                    "Botol plastik, kardus, dan kaleng paling mudah dipilah dan paling laku. "
                    "Jangan langsung menerima semua jenis; pengurus bisa kewalahan.",
                ],
            ),
            (
                "Buku tabungan untuk setiap keluarga",
                [
                    "Setiap setoran ditimbang di depan penyetor dan dicatat di buku tabungan. "
                    "Saldo bisa dicairkan menjelang Lebaran atau tahun ajaran baru.",
                    "Anak-anak paling semangat karena bisa melihat tabungan mereka bertambah.",
                ],
            ),
            (
                "Bekerja sama dengan pengepul",
                [
                    "Harga disepakati di awal bulan dan diumumkan di papan informasi. "
                    "Keterbukaan harga membuat warga percaya bahwa timbangan tidak dimainkan.",
                ],
            ),
        ],
        "related": {2: "kerja-bakti-tanpa-kapok"},
    },
    {
        "slug": "klub-sepeda-kampung",
        "title": "Klub Sepeda Kampung: Dari Gowes Minggu ke Aksi Sosial",
        "date": "2026-10-18",
        "authors": ["bagus-prasetyo"],
        "categories": ["hobi-relawan", "pemuda"],
        "tags": ["sepeda", "komunitas hobi", "aksi sosial"],
        "colour": (230, 150, 30),
        "caption": "Rombongan gowes Minggu pagi melewati jalan desa. Ilustrasi: Redaksi.",
        "intro": (
            "Berawal dari lima orang yang bersepeda ke pasar setiap Minggu pagi, klub sepeda "
            "kampung kami kini punya empat puluh anggota dan rutin menggalang donasi. Hobi "
            "ternyata bisa menjadi pintu masuk kepedulian."
        ),
        "sections": [
            (
                "Rute santai untuk semua umur",
                [
                    "Rute utama hanya lima belas kilometer dengan jalan datar. Anggota baru, "
                    "anak-anak, dan bapak-bapak yang baru pulih dari sakit bisa ikut tanpa "
                    "merasa tertinggal.",
                ],
            ),
            (
                "Aturan keselamatan yang disepakati",
                [
                    "Helm wajib, satu orang di depan sebagai penunjuk jalan, satu di belakang "
                    "sebagai penyapu. Aturan sederhana ini membuat orang tua tenang mengizinkan "
                    "anaknya ikut.",
                ],
            ),
            (
                "Gowes sambil berbagi",
                [
                    "Sebulan sekali rute diarahkan ke panti asuhan atau rumah warga lansia. "
                    "Anggota membawa sembako di keranjang sepeda. Tidak besar, tetapi rutin.",
                ],
            ),
        ],
        "related": {2: "relawan-dapur-umum-banjir"},
    },
    {
        "slug": "relawan-dapur-umum-banjir",
        "title": "Relawan Banjir: Pelajaran dari Posko Dapur Umum",
        "date": "2026-11-04",
        "authors": ["bagus-prasetyo"],
        "categories": ["hobi-relawan", "lingkungan"],
        "tags": ["relawan", "bencana", "dapur umum", "gotong royong"],
        "colour": (70, 110, 170),
        "caption": "Relawan menyiapkan nasi bungkus di posko dapur umum. Ilustrasi: Redaksi.",
        "intro": (
            "Ketika banjir datang, warga yang rumahnya kering langsung bergerak membuka dapur "
            "umum. Semangat saja ternyata tidak cukup; dapur umum yang berhasil punya "
            "pembagian tugas dan catatan yang rapi."
        ),
        "sections": [
            (
                "Satu koordinator, satu buku catatan",
                [
                    "Semua bantuan yang masuk dicatat di satu buku oleh satu orang. Tanpa "
                    "itu, beras menumpuk sementara lauk habis dan tidak ada yang tahu.",
                ],
            ),
            (
                "Bagi relawan dalam giliran",
                [
                    "Relawan bekerja dalam giliran empat jam agar tidak kelelahan. Yang "
                    "kelelahan mudah sakit dan justru menambah beban posko.",
                    "Giliran juga memberi kesempatan kepada warga yang hanya bisa membantu "
                    "sebentar sepulang kerja.",
                ],
            ),
            (
                "Dengarkan kebutuhan pengungsi",
                [
                    "Bubur untuk lansia, susu untuk balita, dan makanan tanpa santan untuk "
                    "yang sakit. Tanyakan langsung, jangan menebak.",
                ],
            ),
            (
                "Tutup posko dengan laporan terbuka",
                [
                    "Setelah air surut, laporan pemasukan dan pengeluaran dibagikan ke semua "
                    "donatur. Laporan terbuka membuat orang mau membantu lagi di lain waktu.",
                ],
            ),
        ],
        "related": {3: "kas-kelompok-buku-sederhana"},
        "extra": {
            1: (
                "list",
                {
                    "style": "ol",
                    "items": [
                        "Catat bantuan masuk: jenis, jumlah, dan pengirim",
                        "Catat makanan keluar per jam makan",
                        "Periksa stok setiap malam dan umumkan kebutuhan esok hari",
                    ],
                },
            )
        },
    },
    {
        "slug": "kas-kelompok-buku-sederhana",
        "title": "Mengelola Kas Kelompok dengan Buku Sederhana",
        "date": "2026-11-20",
        "authors": ["siti-rahmawati"],
        "categories": ["arisan-keuangan"],
        "tags": ["kas", "pembukuan", "transparansi", "pengurus"],
        "colour": (110, 90, 60),
        "caption": "Buku kas, nota, dan kalkulator di meja bendahara. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Kelompok kecil tidak butuh akuntan untuk mengurus uang bersama. Yang dibutuhkan "
            "adalah buku kas yang diisi setiap hari, nota yang disimpan, dan laporan yang "
            "dibacakan di setiap pertemuan."
        ),
        "sections": [
            (
                "Tiga kolom sudah cukup",
                [
                    "Tanggal dan keterangan, uang masuk, uang keluar. Saldo dihitung di baris "
                    "terakhir setiap halaman. Format sesederhana ini bisa dipahami semua "
                    "anggota, termasuk yang tidak terbiasa dengan angka.",
                ],
            ),
            (
                "Simpan semua bukti",
                [
                    "Nota belanja ditempel di halaman belakang buku atau difoto dan dikirim "
                    "ke grup. Bukti yang lengkap melindungi bendahara dari prasangka.",
                ],
            ),
            (
                "Periksa bersama setiap bulan",
                [
                    "Dua anggota yang ditunjuk bergantian mencocokkan isi buku dengan uang di "
                    "kotak kas. Pemeriksaan rutin bukan tanda curiga, melainkan kebiasaan sehat.",
                    "Hasil pemeriksaan ditandatangani dan dibacakan di pertemuan.",
                ],
            ),
        ],
        "related": {1: "arisan-rt-yang-awet"},
        "extra": {
            2: (
                "quote",
                {
                    "text": "Buku kas yang rapi adalah cara paling murah untuk menjaga "
                    "persaudaraan.",
                    "attribution": "Pak Harjo, bendahara kelompok tani",
                },
            )
        },
    },
]

# Editor-chosen "Artikel Terkait" for a few articles (slug -> slugs, in order).
RELATED_PICKS = {
    "arisan-rt-yang-awet": [
        "kas-kelompok-buku-sederhana",
        "pkk-dari-lomba-masak-ke-pembukuan-digital",
    ],
    "kerja-bakti-tanpa-kapok": ["bank-sampah-rw"],
    "relawan-dapur-umum-banjir": ["klub-sepeda-kampung"],
}
