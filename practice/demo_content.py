"""The demo practice's details (facts from shared/content-facts.md), for `manage.py load_demo_content`."""

from demo.loading import create

from .models import LanguageTagline, Practice

PRACTICE = {
    "name_en": "Pacific Coast Pain Management",
    "name_es": "Pacific Coast Pain Management",
    "intro_en": (
        "We help people with back, neck and joint pain get back to daily life. "
        "Our doctors explain every option in plain words and treat you at one of our three clinics in San Diego County."
    ),
    "intro_es": (
        "Ayudamos a personas con dolor de espalda, cuello y articulaciones a volver a su vida diaria. "
        "Nuestros médicos le explican cada opción con palabras sencillas "
        "y le atienden en una de nuestras tres clínicas del condado de San Diego."
    ),
    "phone": "619-543-0144",
    "portal_url": "https://portal.example.com/pacific-coast-pain/",
    "facebook_url": "https://www.facebook.com/PacificCoastPainManagement",
    "twitter_url": "https://x.com/PacificCoastPain",
    "spanish_line_en": "Our staff speak Spanish at every clinic.",
    "spanish_line_es": "Hablamos español en todas nuestras clínicas.",
}

# "Free language help: call us" (45 CFR 92.11): in English, Spanish and the 15 languages HHS lists as the most
# spoken in California by people with limited English, in the wording of HHS's translated taglines.
TAGLINES = [
    (
        "en",
        "English",
        "ATTENTION: If you speak English, free language assistance services are available to you. Call {phone} (TTY: 711).",
    ),
    (
        "es",
        "Español",
        "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al {phone} (TTY: 711).",
    ),
    ("zh-Hant", "繁體中文", "注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {phone}（TTY：711）。"),
    (
        "tl",
        "Tagalog",
        "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang bayad. Tumawag sa {phone} (TTY: 711).",
    ),
    (
        "vi",
        "Tiếng Việt",
        "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {phone} (TTY: 711).",
    ),
    (
        "ko",
        "한국어",
        "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {phone} (TTY: 711) 번으로 전화해 주십시오.",
    ),
    (
        "hy",
        "Հայերեն",
        "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ապա ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության ծառայություններ: Զանգահարեք {phone} (TTY (հեռատիպ)՝ 711):",
    ),
    (
        "fa",
        "فارسی",
        "توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. با {phone} (TTY: 711) تماس بگیرید.",
    ),
    (
        "ru",
        "Русский",
        "ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {phone} (телетайп: 711).",
    ),
    (
        "ja",
        "日本語",
        "注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{phone}（TTY:711）まで、お電話にてご連絡ください。",
    ),
    (
        "ar",
        "العربية",
        "ملحوظة: إذا كنت تتحدث اللغة العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {phone} (رقم هاتف الصم والبكم: 711).",
    ),
    (
        "pa",
        "ਪੰਜਾਬੀ",
        "ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਵਿੱਚ ਸਹਾਇਤਾ ਸੇਵਾ ਤੁਹਾਡੇ ਲਈ ਮੁਫਤ ਉਪਲਬਧ ਹੈ। {phone} (TTY: 711) 'ਤੇ ਕਾਲ ਕਰੋ।",
    ),
    (
        "km",
        "ខ្មែរ",
        "ប្រយ័ត្ន៖ បើសិនជាអ្នកនិយាយ ភាសាខ្មែរ, សេវាជំនួយផ្នែកភាសា ដោយមិនគិតឈ្នួល គឺអាចមានសំរាប់បំរើអ្នក។ ចូរ ទូរស័ព្ទ {phone} (TTY: 711)។",
    ),
    (
        "hmn",
        "Hmoob",
        "LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj. Hu rau {phone} (TTY: 711).",
    ),
    (
        "hi",
        "हिन्दी",
        "ध्यान दें: यदि आप हिंदी बोलते हैं तो आपके लिए मुफ्त में भाषा सहायता सेवाएं उपलब्ध हैं। {phone} (TTY: 711) पर कॉल करें।",
    ),
    ("th", "ไทย", "เรียน: ถ้าคุณพูดภาษาไทยคุณสามารถใช้บริการช่วยเหลือทางภาษาได้ฟรี โทร {phone} (TTY: 711)."),
]


def load():
    """Each kind of content while its table is empty: [(what was added, the records to version)]."""
    loaded = []
    if not Practice.objects.exists():
        loaded.append(("the practice's details", [create(Practice, PRACTICE)]))
    if not LanguageTagline.objects.exists():
        practice = Practice.load()
        for order, (language, name, text) in enumerate(TAGLINES):
            fields = {"language": language, "language_name": name, "text": text, "display_order": order}
            create(LanguageTagline, {"practice": practice, **fields})
        # The practice's versions hold its taglines.
        loaded.append((f"{len(TAGLINES)} language taglines", [practice]))
    return loaded
