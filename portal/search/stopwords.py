"""Indonesian stop words: function words that carry no topic.

Written for Guyub from common Indonesian grammar (conjunctions, prepositions,
pronouns, auxiliaries, particles). Deliberately short: words that can name a
topic or a place in community news (``desa``, ``warga``, ``kelompok``) are
not here, and neither are negations that change meaning in a phrase search
(phrases use the unfiltered text anyway).
"""


def _words(text):
    """A frozenset of the whitespace-separated words in ``text``."""
    return frozenset(text.split())


INDONESIAN_STOP_WORDS = _words(
    """
    ada adalah agar akan akhirnya aku amat anda antara apa apabila apakah atas atau bagai
    bagaimana bagi bahkan bahwa baik banyak beberapa begini begitu belum beliau berbagai
    bila bisa boleh bukan bukankah cukup dalam dan dapat dari daripada demi dengan di dia
    dialah diri dirinya dua harus hanya hingga ia ialah ini inilah itu itulah jadi jika
    juga justru kalau kami kamu kan karena kata ke kecuali kemudian kenapa kepada ketika
    kita lagi lain lalu maka mana masih mau melainkan mereka meski meskipun mungkin nya
    oleh pada padahal para pasti pula pun saat saja sambil sampai sang sangat satu saya
    seakan sebab sebagai sebelum sebuah secara sedang sedangkan sehingga sejak selain
    selalu seluruh semakin sementara seperti sesudah setelah setiap si sini situ suatu
    sudah supaya tadi tak tanpa tapi telah tentang tentu tersebut tetapi tiap untuk walau
    walaupun yaitu yakni yang
    """
)
