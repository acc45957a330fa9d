"""Original Indonesian demo articles written for Guyub (used by articles/demo_content.py).

Each article: ``motif`` names its illustration (articles/demo_images.py); sections of
(heading, [paragraphs]); ``related`` maps a section number to the slug of the article its
"Pos Terkait" line points at; ``extra`` adds a quote or a list after a section. Articles
run 600 to 750 words, like real posts (tests/test_demo_content.py checks it).
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
        "motif": "table",
        "caption": "Kocokan arisan bulanan di teras rumah ketua RT. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Banyak arisan bubar bukan karena anggotanya tidak mampu membayar, tetapi karena "
            "mereka berhenti saling percaya. Di RT kami, arisan ibu-ibu sudah berjalan sebelas "
            "tahun. Rahasianya ternyata sederhana dan bisa ditiru."
        ),
        "sections": [
            (
                "Ketika ada anggota yang menunggak",
                [
                    "Cepat atau lambat, pasti ada anggota yang terlambat membayar. Suaminya "
                    "baru kena PHK, anaknya masuk rumah sakit, atau warungnya sedang sepi. Di "
                    "arisan kami, bendahara tidak pernah menagih di depan forum. Ia datang ke "
                    "rumah, menanyakan kabar dulu, lalu bertanya kapan kira-kira bisa "
                    "membayar.",
                    "Kesepakatan yang dicapai berdua kemudian dicatat dan diumumkan secara "
                    "singkat: “Iuran Bu A dibayar bertahap sampai bulan depan.” Anggota lain "
                    "cukup tahu bahwa masalahnya sudah ditangani, tanpa perlu tahu alasannya. "
                    "Martabat orang yang sedang kesusahan tetap terjaga, dan kas tetap jelas.",
                    "Untuk berjaga-jaga, kami menyisihkan dua ribu rupiah dari setiap setoran "
                    "sebagai dana cadangan. Jika ada yang benar-benar tidak sanggup membayar, "
                    "pemenang bulan itu tetap menerima haknya secara penuh dari cadangan "
                    "tersebut.",
                ],
            ),
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
            (
                "Kocokan yang bisa disaksikan semua orang",
                [
                    "Dulu kocokan dilakukan di dapur oleh tuan rumah, dan hasilnya diumumkan "
                    "sesudahnya. Tidak ada yang curang, tetapi tetap saja ada yang "
                    "bertanya-tanya. Sekarang gulungan kertas berisi nama dikocok di dalam "
                    "gelas di tengah ruang tamu, dan yang mengambil adalah anggota termuda "
                    "yang hadir.",
                    "Nama yang sudah menang disimpan di amplop tersendiri dan dihitung ulang "
                    "setiap bulan. Cara ini memakan waktu lima menit lebih lama, tetapi lima "
                    "menit itu jauh lebih murah daripada satu kecurigaan yang terlanjur "
                    "menyebar.",
                ],
            ),
            (
                "Grup WhatsApp yang tertib",
                [
                    "Grup arisan mudah berubah menjadi tempat berjualan, menyebar kabar yang "
                    "belum tentu benar, atau berdebat soal politik. Kami sepakat grup hanya "
                    "untuk tiga hal: pengingat jadwal, laporan kas, dan kabar duka atau suka "
                    "anggota. Untuk hal lain sudah ada grup RT.",
                    "Laporan kas dikirim dalam bentuk foto halaman buku, bukan sekadar angka "
                    "yang diketik ulang. Anggota yang jarang hadir tetap bisa mengikuti "
                    "perkembangan, dan catatan itu tersimpan rapi bila suatu hari dibutuhkan.",
                ],
            ),
            (
                "Anggota baru dan anggota yang pindah",
                [
                    "Setiap awal putaran, kami membuka kesempatan bagi warga baru untuk "
                    "bergabung. Syaratnya sederhana: dikenalkan oleh satu anggota lama dan "
                    "bersedia mengikuti aturan yang sudah tertulis. Anggota baru tidak "
                    "langsung ditempatkan di urutan awal kocokan, bukan karena dicurigai, "
                    "melainkan supaya semua orang punya waktu untuk saling mengenal.",
                    "Anggota yang pindah rumah di tengah putaran boleh tetap ikut sampai "
                    "putaran selesai dengan membayar lewat transfer. Jika ia sudah menang "
                    "lebih dulu, kewajibannya tetap berjalan sampai lunas, dan bendahara "
                    "mengirimkan foto catatan setiap bulan sebagai tanda terima. Aturan ini "
                    "pernah diuji ketika satu keluarga pindah ke luar kota, dan semuanya "
                    "selesai tanpa perselisihan.",
                    "Kami juga mencatat nomor telepon keluarga terdekat setiap anggota. "
                    "Catatan ini jarang dibuka, tetapi sangat membantu ketika seorang anggota "
                    "lama meninggal dunia di tengah putaran. Bendahara bisa menghubungi "
                    "anaknya dengan tenang, menjelaskan sisa hak dan kewajiban ibunya, lalu "
                    "menyelesaikannya bersama tanpa terburu-buru.",
                ],
            ),
            (
                "Awet karena dirawat bersama",
                [
                    "Sebelas tahun bukan waktu yang pendek. Beberapa anggota sudah pindah, "
                    "beberapa sudah berpulang, dan anggota baru datang dari rumah-rumah "
                    "kontrakan di ujung gang. Yang membuat arisan ini bertahan bukanlah "
                    "pengurus yang hebat, melainkan kebiasaan kecil yang dijaga oleh semua "
                    "orang.",
                    "Jika arisan di lingkungan Anda mulai renggang, cobalah mulai dari satu "
                    "hal saja: bacakan catatan kas di setiap pertemuan. Dari situ biasanya "
                    "kepercayaan pelan-pelan tumbuh kembali.",
                ],
            ),
        ],
        "related": {3: "kas-kelompok-buku-sederhana"},
        "extra": {
            2: (
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
        "motif": "dome",
        "caption": "Pengajian rutin malam Jumat di musala kampung. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Jamaah pengajian yang dulu penuh kini tinggal belasan orang. Banyak ibu bekerja "
            "sampai sore dan lelah di malam hari. Beberapa majelis taklim berhasil bangkit "
            "dengan mengubah cara, bukan isinya."
        ),
        "sections": [
            (
                "Cerita dari majelis kami",
                [
                    "Tiga tahun lalu, pengajian ibu-ibu di musala kami hanya dihadiri tujuh "
                    "orang, hampir semuanya di atas enam puluh tahun. Ustazah yang mengisi "
                    "sempat bertanya apakah lebih baik kegiatan ini digabung saja dengan RW "
                    "sebelah. Pertanyaan itu membuat pengurus duduk bersama dan bertanya "
                    "dengan jujur: mengapa ibu-ibu yang lebih muda tidak datang?",
                    "Jawabannya ternyata tidak rumit. Jadwalnya bentrok dengan jam menjemput "
                    "anak sekolah, acaranya terlalu panjang, dan banyak yang merasa sungkan "
                    "karena belum lancar membaca Al-Qur'an. Tidak ada yang menolak pengajian, "
                    "mereka hanya tidak menemukan celah untuk ikut.",
                ],
            ),
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
            (
                "Kelas kecil untuk yang masih belajar",
                [
                    "Kami membuka kelompok kecil sebelum acara utama, khusus untuk yang ingin "
                    "belajar membaca dari awal. Pengajarnya dua anggota yang sudah lancar, dan "
                    "satu kelompok paling banyak lima orang. Di kelompok sekecil itu tidak ada "
                    "yang merasa ditonton ketika salah membaca.",
                    "Beberapa ibu yang dulu hanya duduk di belakang kini ikut membaca di depan "
                    "saat tadarus bulanan. Perubahan seperti ini tidak bisa dipaksakan, tetapi "
                    "bisa diberi ruang.",
                ],
            ),
            (
                "Tema yang dekat dengan keseharian",
                [
                    "Selain kajian rutin, setiap bulan ada satu pertemuan dengan tema yang "
                    "diusulkan jamaah sendiri: mengatur uang belanja, mendampingi anak remaja, "
                    "merawat orang tua yang sakit, atau menjaga kesehatan menjelang menopause. "
                    "Kami mengundang bidan desa, guru BK, atau tetangga yang paham bidangnya.",
                    "Kajian tetap menjadi inti, tetapi tema-tema ini membuat ibu-ibu merasa "
                    "pengajian menjawab persoalan yang mereka hadapi di rumah. Tidak sedikit "
                    "yang akhirnya mengajak tetangga atau saudaranya.",
                ],
            ),
            (
                "Peran suami dan keluarga",
                [
                    "Banyak ibu baru bisa hadir setelah ada yang menjaga anak di rumah. Kami "
                    "mencoba menyediakan pojok bermain di serambi musala yang dijaga "
                    "bergantian oleh remaja putri, sehingga ibu yang membawa balita tetap bisa "
                    "menyimak kajian. Remaja yang menjaga pun mendapat kesempatan belajar "
                    "merawat anak kecil.",
                    "Pengurus juga mengirim jadwal pengajian ke grup bapak-bapak di RT. "
                    "Terdengar sepele, tetapi beberapa suami mengaku baru tahu bahwa istrinya "
                    "ingin ikut dan kemudian menyesuaikan jadwal menjaga warung atau menjemput "
                    "anak. Pengajian yang hidup ternyata membutuhkan dukungan seluruh "
                    "keluarga, bukan hanya niat para jamaahnya.",
                    "Pengurus juga mengatur agar ada tumpangan bagi jamaah lansia yang "
                    "rumahnya jauh dari musala. Beberapa ibu yang punya sepeda motor menjemput "
                    "tetangganya secara bergiliran. Jalan kaki sepuluh menit terasa ringan "
                    "bagi yang muda, tetapi bisa menjadi alasan bagi yang sepuh untuk berhenti "
                    "datang. Perhatian kecil seperti ini membuat jamaah lama tetap merasa "
                    "menjadi bagian dari majelis, bukan sekadar tamu yang dipersilakan duduk "
                    "di barisan belakang ketika wajah-wajah baru berdatangan.",
                ],
            ),
            (
                "Mengukur dengan cara sederhana",
                [
                    "Kami mencatat jumlah hadir setiap pekan di buku kecil yang disimpan "
                    "sekretaris. Angkanya tidak untuk dibanggakan, melainkan untuk melihat "
                    "pola: pekan mana yang sepi, tema apa yang ramai, dan apakah perubahan "
                    "jadwal benar-benar membantu.",
                    "Dari tujuh orang, kini rata-rata dua puluh lima ibu hadir setiap Jumat "
                    "sore. Musala memang jadi lebih sesak, tetapi tidak ada yang mengeluh. "
                    "Yang penting, majelis ini kembali menjadi tempat saling menguatkan.",
                ],
            ),
        ],
        "related": {4: "arisan-rt-yang-awet"},
    },
    {
        "slug": "karang-taruna-bukan-sekadar-panitia",
        "title": "Karang Taruna Bukan Sekadar Panitia Tujuhbelasan",
        "date": "2026-07-02",
        "authors": ["bagus-prasetyo"],
        "categories": ["pemuda"],
        "tags": ["karang taruna", "pemuda", "kegiatan rutin"],
        "colour": (200, 60, 60),
        "motif": "bunting",
        "caption": "Rapat karang taruna di pos ronda setelah lomba Agustusan. Ilustrasi: Redaksi.",
        "intro": (
            "Setiap Agustus karang taruna mendadak sibuk, lalu menghilang sebelas bulan. "
            "Padahal anak muda kampung punya tenaga dan ide untuk kegiatan sepanjang tahun. "
            "Berikut cara kami menjaga organisasi tetap hidup."
        ),
        "sections": [
            (
                "Memulai lagi dari yang tersisa",
                [
                    "Ketika saya terpilih menjadi ketua, karang taruna di desa kami tinggal "
                    "nama. Papan namanya masih ada di depan balai desa, tetapi rapat terakhir "
                    "sudah lewat dua tahun. Anggota yang tersisa hanya muncul menjelang "
                    "Agustus, ketika warga butuh panitia lomba.",
                    "Kami tidak memulai dengan program besar. Langkah pertama adalah mendata "
                    "siapa saja pemuda berusia tujuh belas sampai tiga puluh tahun yang masih "
                    "tinggal di desa, apa pekerjaannya, dan kapan mereka punya waktu luang. "
                    "Data itu kami kumpulkan sambil nongkrong di warung kopi, bukan lewat "
                    "formulir.",
                ],
            ),
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
            (
                "Kegiatan yang dibutuhkan, bukan hanya yang meriah",
                [
                    "Dari obrolan itu muncul beberapa kebutuhan nyata: pelatihan membuat CV "
                    "dan surat lamaran, les gratis untuk anak SD menjelang ujian, serta tempat "
                    "berlatih band yang tidak mengganggu tetangga. Tidak satu pun berhubungan "
                    "dengan lomba makan kerupuk.",
                    "Les gratis ternyata yang paling bertahan. Mahasiswa yang sedang pulang "
                    "kampung mengajar dua kali seminggu di balai desa, dan orang tua murid "
                    "membalasnya dengan membawa camilan. Kegiatan itu membuat warga melihat "
                    "karang taruna dengan cara berbeda.",
                ],
            ),
            (
                "Bekerja sama dengan perangkat desa",
                [
                    "Karang taruna berhak mengusulkan kegiatan dalam musyawarah desa. Banyak "
                    "pengurus tidak tahu hal ini, sehingga anggaran kepemudaan habis untuk "
                    "acara seremonial. Kami menyiapkan usulan tertulis yang singkat: tujuan, "
                    "jumlah peserta, rincian biaya, dan siapa penanggung jawabnya.",
                    "Tidak semua usulan diterima, tetapi pelatihan sablon kaus untuk lima "
                    "belas pemuda akhirnya didanai. Beberapa peserta kini menerima pesanan "
                    "seragam dari kelompok pengajian dan tim sepak bola di kecamatan.",
                ],
            ),
            (
                "Kas yang terbuka untuk semua anggota",
                [
                    "Uang hasil usaha sablon dan sewa perlengkapan acara masuk ke kas karang "
                    "taruna. Bendahara membuat laporan sederhana setiap bulan dan "
                    "menempelkannya di papan pengumuman balai desa, bukan hanya di grup "
                    "pengurus. Warga yang ingin tahu ke mana uang itu dipakai bisa membacanya "
                    "sendiri.",
                    "Keterbukaan ini penting karena karang taruna sering dicurigai hanya "
                    "mencari sumbangan menjelang Agustus. Setelah laporan kas rutin terpasang, "
                    "beberapa warga justru menawarkan bantuan tanpa diminta: ada yang "
                    "meminjamkan pengeras suara, ada yang memberi potongan harga kain untuk "
                    "kaus. Kepercayaan tumbuh dari hal yang bisa diperiksa bersama.",
                    "Setiap enam bulan, laporan itu juga dibacakan dalam pertemuan anggota. "
                    "Anggota boleh bertanya tentang pengeluaran apa pun, dan bendahara harus "
                    "bisa menunjukkan bukti pembeliannya. Pada awalnya pertemuan ini terasa "
                    "seperti ujian, tetapi lama-lama menjadi kebiasaan yang membuat pengurus "
                    "lebih berhati-hati. Pemuda yang pernah menjadi bendahara karang taruna "
                    "pun punya pengalaman berharga ketika kelak dipercaya mengurus uang di "
                    "tempat kerja atau di organisasi yang lebih besar.",
                ],
            ),
            (
                "Regenerasi sejak hari pertama",
                [
                    "Setiap pengurus inti punya satu pendamping yang lebih muda. Pendamping "
                    "ikut rapat, ikut menghubungi pihak luar, dan sesekali memimpin kegiatan "
                    "sendiri. Dengan begitu, ketika pengurus lama menikah, merantau, atau "
                    "sibuk bekerja, karang taruna tidak kembali tertidur.",
                    "Tujuhbelasan tetap kami rayakan, dan tetap meriah. Bedanya, kini warga "
                    "tahu bahwa pemuda desa juga ada di sebelas bulan lainnya.",
                ],
            ),
        ],
        "related": {3: "kerja-bakti-tanpa-kapok"},
        "extra": {
            2: (
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
        "motif": "houses",
        "caption": "Warga membersihkan saluran air menjelang musim hujan. Ilustrasi: Redaksi.",
        "intro": (
            "Gotong royong adalah kebanggaan kampung, tetapi kerja bakti yang tidak "
            "terencana bisa berakhir dengan separuh warga menonton dan separuh lagi kesal. "
            "Sedikit persiapan membuat semua orang mau datang lagi bulan depan."
        ),
        "sections": [
            (
                "Mengapa warga enggan datang",
                [
                    "Sebelum menyusun ulang cara kerja bakti di RW kami, pengurus bertanya "
                    "kepada warga yang jarang datang. Jawabannya beragam, tetapi polanya "
                    "mirip: pekerjaannya tidak jelas, alatnya kurang sehingga banyak yang "
                    "hanya berdiri, dan acara molor sampai siang tanpa kepastian selesai.",
                    "Ada pula yang merasa kerja bakti hanya ramai di depan rumah pengurus, "
                    "sementara selokan di gang belakang tidak pernah disentuh. Keluhan seperti "
                    "ini jarang disampaikan di rapat, tetapi sangat menentukan apakah orang "
                    "mau datang lagi bulan berikutnya.",
                    "Kami juga menyadari bahwa pengumuman kerja bakti selama ini hanya "
                    "berbunyi “Minggu pagi kerja bakti, harap hadir.” Tidak ada keterangan apa "
                    "yang akan dikerjakan, di mana, dan alat apa yang perlu dibawa. Warga yang "
                    "datang pun sering bingung harus mulai dari mana.",
                ],
            ),
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
            (
                "Jam mulai dan jam selesai yang ditepati",
                [
                    "Kami menetapkan kerja bakti dimulai pukul tujuh dan selesai pukul "
                    "sembilan pagi, apa pun yang terjadi. Pekerjaan yang belum selesai "
                    "dilanjutkan bulan depan atau dikerjakan oleh kelompok sukarela. Warga "
                    "yang punya acara keluarga siang harinya tidak perlu memilih antara "
                    "tetangga dan saudara.",
                    "Kepastian waktu ini ternyata lebih berpengaruh daripada imbauan apa pun. "
                    "Jumlah warga yang hadir naik hampir dua kali lipat dalam tiga bulan.",
                ],
            ),
            (
                "Pekerjaan untuk semua kemampuan",
                [
                    "Tidak semua warga kuat mengangkat lumpur selokan. Lansia bisa mencatat "
                    "kehadiran dan membagikan air minum, remaja bisa mengecat pagar, dan "
                    "anak-anak bisa memungut sampah plastik di taman dengan pengawasan. Setiap "
                    "orang pulang dengan perasaan ikut menyumbang sesuatu.",
                    "Warga yang bekerja pada hari Minggu kami beri pilihan lain: menyumbang "
                    "alat, menyiapkan konsumsi pada malam sebelumnya, atau ikut kerja bakti "
                    "susulan yang lebih kecil pada hari libur mereka.",
                ],
            ),
            (
                "Menyepakati sasaran setahun",
                [
                    "Di awal tahun, pengurus RW mengajak setiap RT mengusulkan tempat yang "
                    "perlu dibenahi: selokan yang sering meluap, taman bermain yang rumputnya "
                    "tinggi, atau jalan setapak menuju makam. Usulan itu disusun menjadi "
                    "kalender kerja bakti dua belas bulan, sehingga setiap RT tahu kapan "
                    "gilirannya diperhatikan.",
                    "Kalender itu juga membantu menghitung kebutuhan alat dan bahan. Jika "
                    "bulan depan ada pengecatan pagar, pengurus sudah bisa menggalang "
                    "sumbangan cat sejak sekarang. Warga melihat bahwa kerja bakti punya arah, "
                    "bukan sekadar kebiasaan yang diulang karena sudah tanggalnya.",
                    "Kalender itu ditempel di papan pengumuman setiap RT dan dibagikan ke grup "
                    "warga. Setiap pekan sebelum kerja bakti, koordinator mengingatkan lokasi, "
                    "alat yang perlu dibawa, dan pembagian kelompok. Warga yang baru pindah "
                    "pun langsung tahu kapan dan di mana mereka bisa ikut, tanpa harus "
                    "menunggu diajak secara khusus. Bagi pendatang, kerja bakti sering menjadi "
                    "kesempatan pertama berkenalan dengan tetangga, jadi kami berusaha agar "
                    "pengalaman pertama itu menyenangkan.",
                ],
            ),
            (
                "Foto sebelum dan sesudah",
                [
                    "Koordinator setiap kelompok memotret lokasi sebelum dan sesudah "
                    "dibersihkan, lalu mengirimkannya ke grup RW. Foto-foto itu sederhana, "
                    "tetapi membuat hasil kerja terlihat oleh semua orang, termasuk yang tidak "
                    "sempat datang.",
                    "Beberapa warga mengaku baru tergerak ikut setelah melihat foto selokan "
                    "yang tadinya tersumbat kini mengalir lancar. Kerja bakti yang hasilnya "
                    "tampak jelas adalah undangan terbaik untuk kerja bakti berikutnya.",
                ],
            ),
        ],
        "related": {2: "bank-sampah-rw"},
    },
    {
        "slug": "posyandu-mengajak-ayah",
        "title": "Posyandu Balita: Cara Kader Mengajak Ayah Ikut Datang",
        "date": "2026-08-06",
        "authors": ["siti-rahmawati"],
        "categories": ["kesehatan", "keluarga-pkk"],
        "tags": ["posyandu", "kader", "balita"],
        "colour": (214, 96, 140),
        "motif": "growth",
        "caption": "Penimbangan balita di posyandu dusun. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Meja penimbangan posyandu hampir selalu dipenuhi ibu. Padahal tumbuh kembang "
            "anak adalah urusan kedua orang tua. Kader posyandu di beberapa desa mulai "
            "mencoba cara baru agar para ayah ikut hadir."
        ),
        "sections": [
            (
                "Mengapa ayah jarang terlihat",
                [
                    "Di meja pendaftaran posyandu kami, hampir semua nama pengantar adalah "
                    "nama ibu, nenek, atau kakak perempuan. Saat kami tanyakan, para ayah "
                    "tidak menolak datang. Sebagian bekerja pada jam buka posyandu, sebagian "
                    "lagi merasa canggung berada di ruangan yang isinya ibu-ibu dan kader "
                    "perempuan.",
                    "Ada juga anggapan lama bahwa urusan menimbang dan imunisasi adalah tugas "
                    "ibu. Anggapan itu tidak perlu dilawan dengan ceramah. Yang dibutuhkan "
                    "adalah pengalaman pertama yang menyenangkan, sehingga ayah mau datang "
                    "lagi bulan berikutnya.",
                    "Kami juga mendengar cerita ayah yang pernah datang sekali, lalu merasa "
                    "tidak diajak bicara sama sekali. Kader terbiasa menjelaskan hasil "
                    "penimbangan kepada ibu, sehingga ayah hanya berdiri di pojok sambil "
                    "menggendong anak. Pengalaman seperti itu cukup untuk membuatnya enggan "
                    "kembali.",
                ],
            ),
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
            (
                "Pojok ayah di posyandu",
                [
                    "Kami menyediakan satu meja kecil di dekat pintu yang dijaga seorang kader "
                    "laki-laki dari karang taruna. Di meja itu ayah bisa bertanya tentang "
                    "jadwal imunisasi, membaca grafik pertumbuhan anaknya, atau sekadar "
                    "mengobrol sambil menunggu giliran.",
                    "Kader itu tidak perlu menjadi ahli kesehatan. Tugasnya menyambut, "
                    "menjelaskan alur pelayanan, dan mengantar pertanyaan yang lebih sulit "
                    "kepada bidan. Kehadiran satu wajah yang akrab ternyata cukup untuk "
                    "mengurangi rasa canggung.",
                ],
            ),
            (
                "Kelas singkat sesudah penimbangan",
                [
                    "Sebulan sekali, setelah penimbangan selesai, bidan desa mengisi kelas "
                    "lima belas menit khusus untuk ayah. Temanya praktis: cara menyiapkan "
                    "makanan pendamping ASI, tanda-tanda anak perlu dibawa ke puskesmas, dan "
                    "cara membaca buku KIA. Tidak ada seragam, tidak ada daftar hadir yang "
                    "ditandatangani.",
                    "Beberapa ayah kemudian mengajukan pertanyaan yang selama ini mereka "
                    "simpan sendiri. Salah satunya tentang anak yang susah makan sayur, yang "
                    "ternyata juga dialami hampir semua orang tua di ruangan itu.",
                ],
            ),
            (
                "Kabar yang sampai ke kantor dan pabrik",
                [
                    "Sebagian ayah bekerja jauh dari rumah dan tidak bisa datang pada hari "
                    "kerja. Untuk mereka, kader mengirimkan ringkasan hasil penimbangan lewat "
                    "pesan singkat kepada kedua orang tua, bukan hanya kepada ibu. Isinya "
                    "berat badan, tinggi badan, dan jadwal imunisasi berikutnya, ditulis "
                    "dengan bahasa sehari-hari.",
                    "Beberapa ayah membalas dengan pertanyaan, dan kader meneruskannya kepada "
                    "bidan. Ada pula yang mulai mengambil cuti setengah hari pada bulan "
                    "imunisasi anaknya. Kabar singkat itu membuat ayah tetap terlibat meskipun "
                    "tidak selalu bisa hadir di balai RW.",
                    "Kader juga mencatat nomor ayah di buku register, di samping nomor ibu. "
                    "Perubahan kecil di formulir ini mengirim pesan yang jelas: posyandu "
                    "menganggap ayah sebagai orang tua yang sama pentingnya. Ketika ada anak "
                    "yang berat badannya tidak naik dua bulan berturut-turut, kader bisa "
                    "menghubungi kedua orang tua sekaligus dan mengajak mereka berbicara "
                    "dengan bidan. Keputusan tentang makanan dan pengasuhan pun diambil "
                    "bersama di rumah, bukan dibebankan kepada ibu seorang diri.",
                ],
            ),
            (
                "Hasil setelah enam bulan",
                [
                    "Dalam enam bulan, jumlah ayah yang mengantar anak naik dari dua atau tiga "
                    "orang menjadi belasan setiap kali buka. Yang lebih penting, kader "
                    "mencatat lebih sedikit anak yang terlewat jadwal imunisasinya, karena "
                    "kini ada dua orang tua yang sama-sama ingat.",
                    "Posyandu adalah urusan keluarga, bukan urusan ibu saja. Mengajak ayah "
                    "datang bukan soal menambah angka kehadiran, melainkan soal membagi "
                    "perhatian terhadap tumbuh kembang anak secara lebih adil.",
                ],
            ),
        ],
        "related": {2: "pkk-dari-lomba-masak-ke-pembukuan-digital"},
        "extra": {
            3: (
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
        "motif": "sheet",
        "caption": "Pelatihan pembukuan untuk pengurus dasawisma. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "PKK sering dikenal lewat lomba masak dan senam. Di banyak RW, ibu-ibu PKK kini "
            "juga mengurus data keluarga, usaha kecil, dan pembukuan yang rapi. Perubahan itu "
            "tidak butuh aplikasi mahal."
        ),
        "sections": [
            (
                "Berangkat dari kebutuhan kader",
                [
                    "Perubahan di PKK kelurahan kami tidak dimulai dari program pemerintah, "
                    "melainkan dari keluhan kader. Setiap akhir bulan mereka harus menyalin "
                    "data yang sama ke beberapa buku berbeda: buku dasawisma, laporan pokja, "
                    "dan rekap untuk kelurahan. Pekerjaan itu menyita waktu yang sebenarnya "
                    "bisa dipakai untuk mengunjungi warga.",
                    "Seorang kader muda kemudian mengusulkan lembar kerja bersama di ponsel. "
                    "Usulan itu awalnya ditanggapi ragu, karena tidak semua kader terbiasa "
                    "dengan aplikasi. Kami sepakat mencobanya di satu RW dulu selama tiga "
                    "bulan.",
                    "Kami mencatat berapa jam yang dihabiskan setiap kader untuk menyalin data "
                    "selama satu bulan. Hasilnya mengejutkan: rata-rata hampir sepuluh jam, "
                    "atau lebih dari satu hari kerja penuh. Angka itu yang akhirnya meyakinkan "
                    "pengurus bahwa cara lama perlu diubah, bukan sekadar dikeluhkan.",
                ],
            ),
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
            (
                "Belajar pelan-pelan, saling mengajari",
                [
                    "Pelatihan dilakukan di rumah ketua RW, dua jam setiap Sabtu sore. Kader "
                    "yang sudah bisa mengajari yang belum, dan setiap orang boleh bertanya "
                    "berkali-kali tanpa ditertawakan. Catatan langkah-langkahnya ditulis "
                    "tangan dengan huruf besar dan difotokopi untuk semua peserta.",
                    "Kader senior yang tidak nyaman dengan ponsel tetap mencatat di buku. "
                    "Setiap pekan, salah satu kader muda membantu memindahkan catatan itu. "
                    "Tidak ada yang ditinggalkan hanya karena tidak akrab dengan teknologi.",
                ],
            ),
            (
                "Data yang menjawab pertanyaan warga",
                [
                    "Setelah data terkumpul rapi, PKK bisa menjawab pertanyaan yang dulu sulit "
                    "dijawab: berapa rumah yang belum punya jamban sehat, berapa lansia yang "
                    "tinggal sendirian, atau berapa balita yang belum lengkap imunisasinya. "
                    "Angka-angka itu dibawa ke musyawarah kelurahan sebagai dasar usulan.",
                    "Hasilnya terasa nyata. Dua tahun lalu, usulan perbaikan jamban untuk "
                    "sebelas keluarga disetujui karena datanya lengkap, lengkap dengan nama "
                    "kepala keluarga dan lokasi rumah yang bisa diperiksa langsung.",
                ],
            ),
            (
                "Lomba yang mengajarkan hal baru",
                [
                    "Lomba masak tetap menjadi acara yang paling ditunggu. Bedanya, kini "
                    "setiap peserta diminta menuliskan resep lengkap dengan perkiraan biaya "
                    "per porsi. Juri tidak hanya menilai rasa dan tampilan, tetapi juga apakah "
                    "masakan itu bergizi dan terjangkau untuk menu keluarga sehari-hari.",
                    "Resep-resep pemenang dikumpulkan menjadi buklet kecil dan dibagikan ke "
                    "posyandu. Ibu yang anaknya susah makan mendapat ide menu baru, dan "
                    "peserta lomba merasa masakannya berguna bagi banyak orang. Tradisi lama "
                    "tetap berjalan, tetapi manfaatnya meluas.",
                    "Kegiatan lain ikut bergeser dengan cara yang sama. Lomba merangkai bunga "
                    "kini diganti lomba pekarangan bergizi, yang menilai sayur dan tanaman "
                    "obat yang benar-benar ditanam dan dipanen keluarga. Senam bersama tetap "
                    "ada, ditambah pemeriksaan tekanan darah gratis oleh kader kesehatan "
                    "sesudahnya. PKK tetap menjadi tempat ibu-ibu berkumpul dan bergembira, "
                    "tetapi setiap kegiatan kini punya manfaat yang bisa dirasakan di rumah, "
                    "di dapur, dan di pekarangan masing-masing.",
                ],
            ),
            (
                "Menjaga data tetap aman",
                [
                    "Data warga bukan untuk disebar. Lembar kerja hanya bisa dibuka oleh "
                    "pengurus yang ditunjuk, dan yang dibagikan ke grup hanyalah rekap angka "
                    "tanpa nama. Setiap pergantian pengurus, akses lama dicabut dan diberikan "
                    "kepada pengurus baru.",
                    "Kebiasaan ini kami pelajari dari pengalaman kelompok lain yang datanya "
                    "sempat tersebar dan dipakai untuk menawarkan pinjaman kepada warga. "
                    "Kepercayaan warga kepada PKK terlalu berharga untuk dipertaruhkan.",
                ],
            ),
        ],
        "related": {3: "kas-kelompok-buku-sederhana"},
    },
    {
        "slug": "sekolah-lapang-kelompok-tani",
        "title": "Kelompok Tani Belajar Bersama di Sekolah Lapang",
        "date": "2026-09-03",
        "authors": ["bagus-prasetyo"],
        "categories": ["pertanian"],
        "tags": ["kelompok tani", "sekolah lapang", "padi"],
        "colour": (120, 140, 40),
        "motif": "fields",
        "caption": "Pengamatan hama bersama di petak percontohan. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Petani paling percaya pada apa yang mereka lihat sendiri di sawah. Karena itu "
            "sekolah lapang, belajar langsung di petak percontohan, menjadi cara kelompok "
            "tani di lereng Merbabu memperbaiki hasil panen."
        ),
        "sections": [
            (
                "Awal mula sekolah lapang kami",
                [
                    "Kelompok tani kami beranggotakan tiga puluh dua petani padi dengan luas "
                    "sawah rata-rata setengah hektare. Selama bertahun-tahun, setiap petani "
                    "mengikuti saran penjual pupuk dan obat di kios. Ketika wereng menyerang "
                    "tiga musim berturut-turut, biaya semprot naik, tetapi panen justru turun.",
                    "Penyuluh pertanian lapangan menawarkan sekolah lapang: belajar langsung "
                    "di sawah, sekali sepekan, selama satu musim tanam penuh. Sebagian anggota "
                    "ragu karena merasa sudah puluhan tahun bertani. Akhirnya delapan belas "
                    "orang bersedia ikut.",
                    "Setiap pekan, peserta berkumpul di petak percobaan sebelum matahari "
                    "terlalu tinggi. Mereka membagi diri menjadi kelompok kecil, mengamati "
                    "tanaman, lalu berdiskusi di gubuk tentang apa yang dilihat. Penyuluh "
                    "lebih banyak bertanya daripada menjelaskan, dan jawaban terbaik sering "
                    "datang dari petani sendiri.",
                ],
            ),
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
            (
                "Mengenal kawan dan lawan di sawah",
                [
                    "Pelajaran yang paling membuka mata adalah mengenal serangga. Dengan "
                    "jaring kecil dan kantong plastik, peserta mengumpulkan apa saja yang ada "
                    "di rumpun padi, lalu menghitungnya di gubuk. Ternyata banyak laba-laba "
                    "dan kumbang yang memangsa wereng, dan semprotan yang terlalu sering ikut "
                    "membunuh mereka.",
                    "Sejak itu, keputusan menyemprot diambil berdasarkan hitungan, bukan "
                    "kekhawatiran. Jika musuh alami masih banyak, petani menunggu dan "
                    "mengamati lagi pekan berikutnya.",
                ],
            ),
            (
                "Biaya turun, hasil bertahan",
                [
                    "Di akhir musim, petak percobaan dengan cara baru menghabiskan biaya obat "
                    "hampir separuh dari petak cara lama. Hasil gabahnya sedikit lebih tinggi, "
                    "meskipun selisihnya tidak besar. Bagi petani, penghematan biaya itu saja "
                    "sudah berarti banyak.",
                    "Angka-angka itu dicatat di papan tulis gubuk dan difoto. Ketika ada "
                    "anggota yang ragu pada musim berikutnya, foto papan tulis itu menjadi "
                    "bukti yang lebih meyakinkan daripada penjelasan siapa pun.",
                ],
            ),
            (
                "Peran perempuan tani",
                [
                    "Di sawah kami, banyak pekerjaan dilakukan oleh perempuan: menanam, "
                    "menyiang, dan memanen. Namun pada awalnya hanya dua perempuan yang ikut "
                    "sekolah lapang, karena pertemuan dianggap urusan kepala keluarga. "
                    "Penyuluh kemudian meminta setiap keluarga peserta mengirim siapa pun yang "
                    "paling sering turun ke sawah.",
                    "Sejak itu separuh peserta adalah perempuan. Catatan pengamatan mereka "
                    "sering paling teliti, karena merekalah yang setiap hari melihat daun dan "
                    "batang padi dari dekat. Kelompok tani yang melibatkan semua orang yang "
                    "bekerja di sawah ternyata mengambil keputusan yang lebih baik.",
                    "Jadwal pertemuan pun disesuaikan. Sekolah lapang yang semula dimulai "
                    "pukul tujuh pagi dipindah ke pukul sembilan, setelah pekerjaan dapur dan "
                    "mengantar anak sekolah selesai. Penyuluh sempat khawatir waktunya terlalu "
                    "siang dan panas, tetapi kehadiran justru naik. Gubuk pertemuan diberi "
                    "atap terpal tambahan supaya diskusi tetap nyaman. Hal-hal praktis seperti "
                    "ini sering lebih menentukan keberhasilan belajar daripada materi yang "
                    "disiapkan dengan rapi.",
                ],
            ),
            (
                "Petani mengajar petani",
                [
                    "Kini tiga anggota kami diundang mendampingi sekolah lapang di desa "
                    "tetangga. Mereka bukan sarjana pertanian, tetapi mereka tahu rasanya "
                    "ragu, gagal, lalu mencoba lagi. Petani lain lebih mudah percaya kepada "
                    "orang yang sawahnya bisa dilihat sendiri.",
                    "Sekolah lapang tidak memberi jawaban siap pakai. Ia mengajarkan cara "
                    "mengamati, mencatat, dan memutuskan bersama. Kebiasaan itu yang membuat "
                    "kelompok tani kami lebih kuat menghadapi musim yang tidak menentu.",
                ],
            ),
        ],
        "related": {4: "kas-kelompok-buku-sederhana"},
    },
    {
        "slug": "jadwal-ronda-yang-adil",
        "title": "Jadwal Ronda yang Adil untuk Semua Warga",
        "date": "2026-09-20",
        "authors": ["bagus-prasetyo"],
        "categories": ["lingkungan", "pemuda"],
        "tags": ["ronda", "siskamling", "gotong royong"],
        "colour": (40, 60, 120),
        "motif": "night",
        "caption": "Pos ronda yang baru dicat oleh karang taruna. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Ronda malam menjaga kampung, tetapi jadwal yang tidak adil cepat membuat warga "
            "malas. Pengurus RT bisa menyusun jadwal yang masuk akal bagi pekerja sif, "
            "lansia, dan warga baru."
        ),
        "sections": [
            (
                "Masalah lama: yang itu-itu saja",
                [
                    "Di RT kami, ronda malam pernah hanya dijalankan oleh lima atau enam orang "
                    "yang sama setiap pekan. Warga lain beralasan sibuk, sedang di luar kota, "
                    "atau lupa giliran. Lama-lama, yang rajin merasa dimanfaatkan, dan pos "
                    "ronda sering kosong pada malam-malam tertentu.",
                    "Pengurus sempat menerapkan denda bagi yang tidak hadir, tetapi denda "
                    "justru membuat warga membayar saja tanpa datang. Uang denda menumpuk di "
                    "kas, sementara pos ronda tetap sepi.",
                    "Kami kemudian bertanya langsung kepada warga yang jarang datang. Ternyata "
                    "banyak yang bukan malas, tetapi jadwalnya memang tidak cocok. Ada yang "
                    "bekerja sif malam, ada yang berangkat subuh ke pasar, dan ada yang harus "
                    "menjaga orang tua yang sakit. Jadwal lama disusun tanpa menanyakan semua "
                    "itu. Pengurus pun mengakui bahwa selama ini mereka lebih sibuk mencatat "
                    "siapa yang absen daripada mencari tahu mengapa seseorang tidak bisa "
                    "datang pada malam yang ditentukan.",
                ],
            ),
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
            (
                "Jadwal yang disusun bersama",
                [
                    "Kami lalu mengumpulkan warga dalam satu malam pertemuan khusus. Setiap "
                    "kepala keluarga menuliskan malam yang paling memungkinkan baginya dan "
                    "malam yang sama sekali tidak bisa. Dari kertas-kertas itu pengurus "
                    "menyusun jadwal yang ditempel di pos ronda dan dibagikan ke grup.",
                    "Warga yang bekerja bergiliran, seperti perawat dan satpam pabrik, "
                    "mendapat jadwal yang mengikuti sif kerjanya dan boleh diperbarui setiap "
                    "bulan. Dengan begitu tidak ada yang dijadwalkan pada malam yang mustahil "
                    "baginya.",
                ],
            ),
            (
                "Pengingat dan tukar giliran",
                [
                    "Setiap sore, koordinator ronda mengirim pesan singkat berisi nama petugas "
                    "malam itu. Jika ada yang berhalangan, ia mencari pengganti sendiri dan "
                    "mengabarkannya di grup. Catatan tukar giliran ditulis di buku pos supaya "
                    "utang giliran tidak terlupakan.",
                    "Warga lansia dan perempuan yang tinggal sendiri tidak dijadwalkan "
                    "berjaga, tetapi banyak yang ikut menyumbang kopi, gula, atau camilan. "
                    "Sumbangan kecil itu membuat petugas merasa dihargai.",
                ],
            ),
            (
                "Kas ronda yang jelas penggunaannya",
                [
                    "Iuran ronda sebesar lima ribu rupiah per bulan dipakai untuk membeli "
                    "lampu, senter, baterai, dan membayar listrik pos. Bendahara RT mencatat "
                    "setiap pengeluaran dan menempelkan rekapnya di dinding pos ronda, di "
                    "samping jadwal jaga. Petugas yang berjaga bisa membacanya sambil menunggu "
                    "pergantian.",
                    "Ketika kas cukup, warga sepakat membeli kentongan baru dan memperbaiki "
                    "atap pos yang bocor. Keputusan seperti ini diambil dalam pertemuan "
                    "bulanan, bukan oleh pengurus sendirian. Warga lebih rela membayar iuran "
                    "ketika tahu uangnya kembali dalam bentuk pos yang nyaman dan aman.",
                    "Uang denda yang dulu menumpuk juga dibahas terbuka. Warga sepakat "
                    "memakainya untuk memasang dua lampu jalan di gang yang paling gelap, "
                    "tempat beberapa kali terjadi pencurian sepeda motor. Sejak lampu itu "
                    "menyala, petugas ronda merasa lebih tenang berkeliling, dan warga yang "
                    "pulang larut malam tidak lagi was-was melewati gang tersebut. Denda "
                    "kemudian dihapus, karena jadwal yang adil ternyata sudah cukup untuk "
                    "membuat warga datang tanpa perlu ditakut-takuti dengan hukuman.",
                ],
            ),
            (
                "Lebih dari sekadar menjaga keamanan",
                [
                    "Setelah jadwal baru berjalan setahun, pos ronda hampir tidak pernah "
                    "kosong. Yang tidak kami duga, pos itu menjadi tempat warga laki-laki yang "
                    "jarang bertemu akhirnya saling kenal. Banyak urusan kampung selesai di "
                    "sana sambil menunggu pergantian jaga.",
                    "Ronda yang adil bukan soal menghukum yang absen, melainkan soal membuat "
                    "setiap warga punya kesempatan yang masuk akal untuk ikut menjaga.",
                ],
            ),
        ],
        "related": {2: "karang-taruna-bukan-sekadar-panitia"},
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
        "motif": "bottles",
        "caption": "Penimbangan sampah pilah di balai RW. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Sampah plastik yang dulu dibakar di pekarangan kini ditimbang, dicatat, dan "
            "dijual. Bank sampah RW membuat warga punya tabungan kecil sekaligus kampung "
            "yang lebih bersih."
        ),
        "sections": [
            (
                "Dari keluhan tumpukan sampah",
                [
                    "Bank sampah di RW kami lahir dari rasa jengkel. Tempat pembuangan "
                    "sementara di ujung jalan sering penuh sebelum truk datang, dan kantong "
                    "plastik berserakan dibongkar kucing. Dalam satu rapat RW, seorang ibu "
                    "bertanya: mengapa botol dan kardus yang masih laku dijual ikut dibuang?",
                    "Pertanyaan itu dijawab dengan percobaan kecil. Selama satu bulan, sepuluh "
                    "keluarga memisahkan botol plastik, kardus, dan kaleng di rumah "
                    "masing-masing. Hasilnya ditimbang bersama dan dijual ke pengepul. Uangnya "
                    "memang tidak banyak, tetapi tempat sampah di rumah mereka jauh lebih "
                    "ringan.",
                    "Percobaan itu dicatat dengan rapi: berapa kilogram setiap jenis sampah, "
                    "berapa harga per kilogram, dan berapa rupiah yang diterima setiap "
                    "keluarga. Catatan sederhana itu kemudian dibacakan dalam rapat RW "
                    "berikutnya, dan dua puluh keluarga lain langsung menyatakan ingin ikut.",
                ],
            ),
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
            (
                "Hari setor yang pasti",
                [
                    "Bank sampah buka setiap Minggu pagi pertama dan ketiga, pukul tujuh "
                    "sampai sembilan, di garasi rumah bendahara. Jadwal yang tetap membuat "
                    "warga bisa menyiapkan setoran tanpa perlu bertanya-tanya. Pengurus "
                    "menimbang, mencatat di buku tabungan, dan memberi cap tanggal.",
                    "Kami belajar bahwa sampah yang disetor harus bersih dan kering. Botol "
                    "bekas minuman manis yang tidak dibilas mengundang semut dan bau. Aturan "
                    "ini ditempel di pintu garasi dengan gambar, supaya anak-anak pun paham.",
                ],
            ),
            (
                "Tabungan yang dipakai untuk kebutuhan nyata",
                [
                    "Sebagian besar nasabah menarik tabungannya menjelang tahun ajaran baru "
                    "untuk membeli seragam dan buku anak. Ada juga yang memakainya untuk "
                    "membayar iuran kebersihan atau membeli gas. Jumlahnya tidak besar, tetapi "
                    "datang pada saat yang tepat.",
                    "Lima persen dari setiap penjualan masuk ke kas bank sampah untuk membeli "
                    "timbangan, karung, dan buku tabungan baru. Laporan kas dibacakan setiap "
                    "tiga bulan dalam pertemuan RW, sama seperti laporan kegiatan lainnya.",
                ],
            ),
            (
                "Mengajak anak-anak menjadi nasabah",
                [
                    "Anak-anak ternyata nasabah yang paling bersemangat. Mereka mengumpulkan "
                    "botol minuman dari sekolah, memipihkan kaleng, dan menghitung sendiri "
                    "berapa rupiah yang akan masuk ke buku tabungan. Beberapa sekolah dasar di "
                    "sekitar RW kini punya kotak pengumpulan yang isinya dibawa ke bank sampah "
                    "setiap dua pekan.",
                    "Setiap akhir tahun, nasabah cilik dengan setoran terbanyak mendapat "
                    "hadiah sederhana berupa buku bacaan. Hadiahnya kecil, tetapi kebiasaan "
                    "memilah sampah yang tertanam sejak kecil adalah tabungan yang jauh lebih "
                    "berharga bagi kampung.",
                    "Guru-guru di sekolah itu juga memakai bank sampah sebagai bahan "
                    "pelajaran. Murid kelas lima menghitung berat setoran kelasnya, membuat "
                    "grafik sederhana, dan membandingkannya dari bulan ke bulan. Pelajaran "
                    "matematika terasa lebih nyata ketika angkanya berasal dari botol yang "
                    "mereka kumpulkan sendiri. Beberapa orang tua mengaku mulai memilah sampah "
                    "di rumah karena ditegur anaknya, sebuah cara kampanye yang tidak pernah "
                    "terpikirkan oleh pengurus bank sampah sebelumnya.",
                ],
            ),
            (
                "Langkah berikutnya: sampah dapur",
                [
                    "Setelah dua tahun berjalan, volume sampah yang dibuang ke tempat "
                    "pembuangan sementara dari RW kami turun cukup terasa. Tantangan "
                    "berikutnya adalah sampah dapur yang basah. Beberapa keluarga mulai "
                    "mencoba komposter sederhana dari ember bekas cat, dan hasilnya dipakai "
                    "untuk pot tanaman.",
                    "Kami tidak berharap semua warga langsung ikut. Bank sampah tumbuh karena "
                    "tetangga melihat tetangganya melakukan hal yang masuk akal, bukan karena "
                    "imbauan. Cara yang sama kami harapkan berlaku untuk kompos.",
                ],
            ),
        ],
        "related": {3: "kerja-bakti-tanpa-kapok"},
    },
    {
        "slug": "klub-sepeda-kampung",
        "title": "Klub Sepeda Kampung: Dari Gowes Minggu ke Aksi Sosial",
        "date": "2026-10-18",
        "authors": ["bagus-prasetyo"],
        "categories": ["hobi-relawan", "pemuda"],
        "tags": ["sepeda", "komunitas hobi", "aksi sosial"],
        "colour": (230, 150, 30),
        "motif": "bicycle",
        "caption": "Rombongan gowes Minggu pagi melewati jalan desa. Ilustrasi: Redaksi.",
        "intro": (
            "Berawal dari lima orang yang bersepeda ke pasar setiap Minggu pagi, klub sepeda "
            "kampung kami kini punya empat puluh anggota dan rutin menggalang donasi. Hobi "
            "ternyata bisa menjadi pintu masuk kepedulian."
        ),
        "sections": [
            (
                "Berawal dari empat sepeda tua",
                [
                    "Klub sepeda kami tidak punya seragam mahal atau sepeda balap. Awalnya "
                    "hanya empat bapak-bapak yang bersepeda ke pasar setiap Minggu pagi, lalu "
                    "mampir minum teh di warung dekat sawah. Anak-anak mereka ikut, teman "
                    "anak-anak itu ikut, dan dalam setahun rombongan Minggu pagi sudah lebih "
                    "dari tiga puluh orang.",
                    "Sepeda yang dipakai beragam: sepeda ontel warisan kakek, sepeda lipat, "
                    "sepeda gunung bekas, sampai sepeda anak dengan roda bantu. Tidak ada yang "
                    "merasa kurang pantas ikut hanya karena sepedanya sederhana.",
                    "Rute pertama kami hanya delapan kilometer, menyusuri jalan desa dan "
                    "pematang sawah, lalu kembali ke lapangan. Jaraknya sengaja dibuat pendek "
                    "agar anak-anak dan orang tua yang jarang berolahraga bisa ikut tanpa "
                    "kelelahan. Yang penting bukan jauhnya, melainkan kebersamaannya. Di ujung "
                    "rute, rombongan berhenti di warung yang sama setiap pekan, dan pemilik "
                    "warung kini sudah hafal pesanan teh manis dan pisang goreng untuk tiga "
                    "puluh orang.",
                ],
            ),
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
            (
                "Bengkel bersama di teras",
                [
                    "Salah satu anggota bekerja di bengkel motor dan paham urusan rantai serta "
                    "rem. Setiap Sabtu sore, terasnya menjadi bengkel sepeda gratis. Anggota "
                    "membawa sepeda yang bermasalah, membeli sendiri suku cadangnya, dan "
                    "belajar memperbaikinya di bawah bimbingan.",
                    "Bengkel kecil ini membuat banyak sepeda yang bertahun-tahun tersimpan di "
                    "gudang kembali bisa dipakai. Beberapa sepeda hasil perbaikan kemudian "
                    "disumbangkan kepada anak-anak yang berangkat sekolah berjalan kaki jauh.",
                ],
            ),
            (
                "Bersepeda untuk menggalang bantuan",
                [
                    "Ketika sebuah keluarga di kampung sebelah kehilangan rumahnya karena "
                    "kebakaran, klub mengadakan gowes amal. Setiap peserta menyumbang "
                    "semampunya, dan rute dilewatkan ke rumah-rumah warga yang ingin ikut "
                    "menitipkan bantuan. Dalam satu pagi terkumpul pakaian, beras, dan uang "
                    "untuk membeli perlengkapan dapur.",
                    "Sejak itu gowes amal menjadi agenda tiap beberapa bulan, dengan tujuan "
                    "yang diusulkan bergantian oleh anggota: panti asuhan, posyandu, atau "
                    "perbaikan musala.",
                ],
            ),
            (
                "Keselamatan di jalan raya",
                [
                    "Sebagian rute kami melewati jalan provinsi yang ramai truk. Di bagian "
                    "itu, rombongan dibagi menjadi kelompok kecil berisi paling banyak delapan "
                    "sepeda, dengan satu pemandu di depan dan satu penyapu di belakang. "
                    "Anak-anak selalu berada di tengah kelompok, dan setiap peserta wajib "
                    "memakai helm.",
                    "Pemandu memberi isyarat tangan yang sudah disepakati untuk berbelok, "
                    "berhenti, atau menghindari lubang. Isyarat itu kami latih di lapangan "
                    "desa sebelum anggota baru ikut gowes di jalan besar. Selama tiga tahun, "
                    "belum pernah ada anggota yang celaka, dan kami ingin menjaganya tetap "
                    "begitu.",
                    "Kami juga membawa kotak obat kecil, pompa, dan ban dalam cadangan di "
                    "sepeda penyapu. Beberapa anggota sudah mengikuti pelatihan pertolongan "
                    "pertama dari palang merah kabupaten. Lutut lecet dan rantai putus adalah "
                    "kejadian biasa, dan dengan persiapan sederhana, rombongan bisa "
                    "melanjutkan perjalanan tanpa harus menelepon keluarga untuk dijemput. "
                    "Orang tua yang anaknya ikut gowes pun lebih tenang karena tahu rombongan "
                    "selalu siap menghadapi kejadian kecil di jalan.",
                ],
            ),
            (
                "Menjaga agar tetap santai",
                [
                    "Klub yang membesar mudah tergoda menjadi ajang adu cepat dan adu barang. "
                    "Kami sepakat bahwa gowes Minggu pagi tetap berkecepatan pesepeda paling "
                    "lambat. Yang ingin berlatih cepat boleh membuat jadwal sendiri pada hari "
                    "lain.",
                    "Dengan aturan sederhana itu, klub tetap menjadi tempat keluarga "
                    "berolahraga bersama, dan kampung mendapat satu alasan lagi untuk saling "
                    "menyapa di pagi hari.",
                ],
            ),
        ],
        "related": {3: "relawan-dapur-umum-banjir"},
    },
    {
        "slug": "relawan-dapur-umum-banjir",
        "title": "Relawan Banjir: Pelajaran dari Posko Dapur Umum",
        "date": "2026-11-04",
        "authors": ["bagus-prasetyo"],
        "categories": ["hobi-relawan", "lingkungan"],
        "tags": ["relawan", "bencana", "dapur umum", "gotong royong"],
        "colour": (70, 110, 170),
        "motif": "waves",
        "caption": "Relawan menyiapkan nasi bungkus di posko dapur umum. Ilustrasi: Redaksi.",
        "intro": (
            "Ketika banjir datang, warga yang rumahnya kering langsung bergerak membuka dapur "
            "umum. Semangat saja ternyata tidak cukup; dapur umum yang berhasil punya "
            "pembagian tugas dan catatan yang rapi."
        ),
        "sections": [
            (
                "Malam pertama yang kacau",
                [
                    "Banjir datang menjelang magrib setelah hujan deras seharian. Dalam dua "
                    "jam, air setinggi pinggang merendam puluhan rumah di bantaran sungai. "
                    "Warga mengungsi ke masjid dan sekolah dasar di tempat yang lebih tinggi, "
                    "dan tetangga yang rumahnya aman berdatangan membawa apa saja yang mereka "
                    "punya.",
                    "Malam itu, dapur umum dibuka tanpa rencana. Ada tiga kompor, lima karung "
                    "beras, dan terlalu banyak orang yang ingin membantu sekaligus. Nasi "
                    "bungkus yang dimasak berlebihan di satu tempat, sementara posko lain "
                    "kekurangan. Dari kekacauan itu kami belajar banyak.",
                    "Tidak ada yang tahu berapa pengungsi di setiap titik, siapa yang sudah "
                    "makan, dan berapa bahan yang tersisa. Beberapa relawan bekerja sampai "
                    "subuh tanpa istirahat, sementara yang lain menunggu tanpa tugas. Niat "
                    "baik saja ternyata tidak cukup tanpa pembagian kerja yang jelas.",
                ],
            ),
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
            (
                "Gudang kecil dan daftar stok",
                [
                    "Hari kedua, kami memisahkan tempat memasak dan tempat menyimpan bahan. "
                    "Satu ruang kelas dijadikan gudang, dengan satu relawan yang mencatat "
                    "setiap barang masuk dan keluar. Sumbangan yang tidak dibutuhkan, seperti "
                    "mi instan yang berlebihan, dialihkan ke posko lain yang memintanya.",
                    "Daftar stok ditulis di papan tulis kelas dan diperbarui setiap pagi dan "
                    "sore. Siapa pun yang ingin menyumbang bisa melihat apa yang sedang "
                    "kurang: sayur, telur, popok bayi, atau obat-obatan ringan.",
                ],
            ),
            (
                "Makanan untuk yang paling rentan",
                [
                    "Nasi dan lauk pedas tidak cocok untuk semua pengungsi. Bayi membutuhkan "
                    "bubur, lansia membutuhkan makanan lunak, dan beberapa pengungsi punya "
                    "penyakit gula atau darah tinggi. Kami menyiapkan satu kompor khusus untuk "
                    "menu mereka dan menandai bungkusnya dengan warna berbeda.",
                    "Kader posyandu setempat membantu mendata ibu hamil, ibu menyusui, dan "
                    "balita di pengungsian. Data itu membuat dapur umum bisa memasak dengan "
                    "tepat, bukan sekadar banyak.",
                ],
            ),
            (
                "Komunikasi dengan posko lain",
                [
                    "Dapur umum kami bukan satu-satunya. Ada posko kesehatan dari puskesmas, "
                    "posko logistik kecamatan, dan beberapa kelompok relawan dari luar kota. "
                    "Pada hari ketiga, para koordinator membuat satu grup percakapan bersama "
                    "dan bertemu sebentar setiap pagi untuk membagi tugas.",
                    "Pertemuan lima belas menit itu mencegah banyak pemborosan. Posko yang "
                    "kelebihan air minum bisa mengirimnya ke posko yang kekurangan, dan tim "
                    "kesehatan tahu di mana ada pengungsi yang perlu diperiksa. Bantuan yang "
                    "terkoordinasi terasa lebih ringan bagi semua pihak.",
                    "Kami juga menunjuk satu orang yang bertugas menjawab pertanyaan dari "
                    "luar: wartawan, donatur, dan keluarga pengungsi yang mencari kabar. "
                    "Dengan begitu, koordinator dapur bisa fokus pada pekerjaannya, dan "
                    "informasi yang keluar dari posko tetap konsisten. Kabar tentang kebutuhan "
                    "terbaru diumumkan dua kali sehari lewat media sosial kelurahan, lengkap "
                    "dengan daftar barang yang sudah cukup, supaya sumbangan yang datang "
                    "benar-benar sesuai dengan yang dibutuhkan.",
                ],
            ),
            (
                "Menjaga relawan tetap sehat",
                [
                    "Relawan yang bekerja tanpa istirahat akhirnya ikut sakit. Pada hari "
                    "ketiga, dua ibu pingsan di dapur karena kelelahan. Sejak itu, setiap "
                    "relawan bekerja paling lama enam jam, lalu wajib pulang atau tidur di "
                    "ruang yang disediakan. Koordinator mencatat jam kerja setiap orang.",
                    "Posko dapur umum kami bertahan sembilan hari sampai air surut dan warga "
                    "bisa kembali membersihkan rumah. Catatan-catatan dari posko itu kini kami "
                    "simpan sebagai panduan, berharap tidak perlu dipakai lagi, tetapi siap "
                    "jika dibutuhkan.",
                ],
            ),
        ],
        "related": {4: "kas-kelompok-buku-sederhana"},
        "extra": {
            2: (
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
        "motif": "ledger",
        "caption": "Buku kas, nota, dan kalkulator di meja bendahara. Ilustrasi: Redaksi Guyub.",
        "intro": (
            "Kelompok kecil tidak butuh akuntan untuk mengurus uang bersama. Yang dibutuhkan "
            "adalah buku kas yang diisi setiap hari, nota yang disimpan, dan laporan yang "
            "dibacakan di setiap pertemuan."
        ),
        "sections": [
            (
                "Mengapa bukan aplikasi",
                [
                    "Banyak aplikasi keuangan yang bagus, tetapi kelompok warga punya "
                    "kebutuhan yang berbeda dari usaha dagang. Anggotanya beragam usia, "
                    "ponselnya beragam, dan pengurusnya berganti setiap dua atau tiga tahun. "
                    "Buku tulis bergaris bisa dibaca siapa saja, tidak perlu kata sandi, dan "
                    "tidak hilang ketika ponsel bendahara rusak.",
                    "Bukan berarti aplikasi tidak boleh dipakai. Kelompok yang sudah terbiasa "
                    "boleh memindahkan catatan ke lembar kerja. Namun buku fisik tetap menjadi "
                    "pegangan utama yang dibawa ke setiap pertemuan.",
                    "Buku tulis juga murah dan mudah diganti. Ketika satu buku penuh, buku itu "
                    "disimpan di lemari sekretariat bersama bukti-buktinya, dan buku baru "
                    "dimulai dengan saldo terakhir. Dalam sepuluh tahun, lemari itu menjadi "
                    "arsip perjalanan kelompok yang bisa dibuka siapa saja.",
                ],
            ),
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
            (
                "Contoh satu halaman",
                [
                    "Satu halaman buku kas kelompok kami terdiri dari kolom tanggal, "
                    "keterangan, uang masuk, uang keluar, dan saldo. Setiap baris ditulis pada "
                    "hari yang sama dengan kejadiannya, bukan dikumpulkan di akhir bulan. "
                    "Tulisan yang salah dicoret satu garis dan diparaf, tidak ditutup dengan "
                    "tip-ex.",
                    "Di bagian bawah setiap halaman, saldo dipindahkan ke halaman berikutnya "
                    "dan ditandatangani bendahara. Dengan begitu, siapa pun yang membuka buku "
                    "bisa menelusuri uang kelompok dari halaman pertama sampai hari ini.",
                ],
            ),
            (
                "Memisahkan uang kelompok dan uang pribadi",
                [
                    "Kesalahan yang paling sering terjadi bukan korupsi, melainkan uang kas "
                    "yang bercampur dengan uang belanja bendahara. Niatnya hanya meminjam "
                    "sebentar, tetapi lama-lama tidak ada yang ingat berapa yang sudah "
                    "dipinjam. Kami menyimpan uang kas dalam kotak tersendiri, dan saldo yang "
                    "lebih dari satu juta rupiah disetor ke rekening atas nama kelompok.",
                    "Rekening kelompok membutuhkan dua tanda tangan untuk penarikan: bendahara "
                    "dan ketua. Aturan ini melindungi kelompok, tetapi juga melindungi "
                    "bendahara dari tuduhan yang tidak perlu.",
                ],
            ),
            (
                "Laporan yang bisa dipahami semua anggota",
                [
                    "Laporan kas bulanan kami hanya berisi empat angka: saldo awal bulan, "
                    "jumlah uang masuk, jumlah uang keluar, dan saldo akhir. Rinciannya boleh "
                    "dilihat di buku, tetapi empat angka itu yang dibacakan dan ditulis di "
                    "grup. Anggota yang tidak terbiasa dengan angka pun bisa mengikuti.",
                    "Jika ada pengeluaran besar, misalnya membeli tenda atau membantu anggota "
                    "yang sakit, bendahara menjelaskannya secara khusus dan menunjukkan "
                    "kuitansinya. Anggota jarang bertanya ketika semuanya sudah jelas sejak "
                    "awal, dan pertanyaan yang muncul pun bisa dijawab dengan membuka buku di "
                    "tempat.",
                    "Satu kebiasaan lagi yang kami anjurkan: ketua ikut memeriksa buku kas "
                    "secara acak, tanpa pemberitahuan, beberapa kali dalam setahun. "
                    "Pemeriksaan ini bukan tanda tidak percaya. Justru bendahara yang bukunya "
                    "pernah diperiksa mendadak dan ternyata rapi punya pegangan kuat ketika "
                    "ada anggota yang meragukan. Kelompok yang terbiasa diperiksa tidak akan "
                    "kaget ketika suatu hari harus menyerahkan laporan kepada pemberi bantuan "
                    "atau pemerintah desa yang meminta pertanggungjawaban.",
                ],
            ),
            (
                "Serah terima yang rapi",
                [
                    "Ketika bendahara berganti, buku kas, kotak uang, buku rekening, dan semua "
                    "bukti diserahkan dalam pertemuan anggota. Saldo dihitung bersama, "
                    "dicocokkan dengan buku, lalu berita acara serah terima ditandatangani "
                    "oleh bendahara lama, bendahara baru, dan dua saksi.",
                    "Proses ini hanya memakan waktu setengah jam, tetapi membuat bendahara "
                    "baru memulai tugasnya dengan catatan yang bersih. Kepercayaan anggota pun "
                    "berpindah bersama buku itu.",
                ],
            ),
        ],
        "related": {2: "arisan-rt-yang-awet"},
        "extra": {
            3: (
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
