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
    "language_assistance_en": (
        "Free language assistance is available to you. You can talk with us in English or Spanish at every clinic. "
        "For other languages, we will get you a qualified interpreter, in person or by phone, at no cost.\n\n"
        "We also offer free auxiliary aids and services for people with disabilities, such as qualified sign "
        "language interpreters and written information in large print or other formats.\n\n"
        "To ask for help, call us or tell the front desk when you make your appointment."
    ),
    "language_assistance_es": (
        "Le ofrecemos asistencia con el idioma sin costo. En todas nuestras clínicas puede hablar con nosotros "
        "en inglés o en español. Para otros idiomas, le conseguimos un intérprete calificado, en persona o por "
        "teléfono, sin costo.\n\n"
        "También ofrecemos ayudas y servicios auxiliares gratuitos para personas con discapacidades, como "
        "intérpretes calificados de lenguaje de señas e información escrita en letra grande o en otros formatos.\n\n"
        "Para pedir ayuda, llámenos o avise en la recepción cuando haga su cita."
    ),
}

# "Free language help: call us", in English, Spanish and the languages most spoken in California after them.
TAGLINES = [
    (
        "en",
        "English",
        "ATTENTION: If you speak English, free language assistance services are available to you. Call {phone}.",
    ),
    (
        "es",
        "Español",
        "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al {phone}.",
    ),
    ("zh-Hant", "繁體中文", "注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {phone}。"),
    (
        "tl",
        "Tagalog",
        "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang bayad. Tumawag sa {phone}.",
    ),
    (
        "vi",
        "Tiếng Việt",
        "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {phone}.",
    ),
    (
        "ko",
        "한국어",
        "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {phone} 번으로 전화해 주십시오.",
    ),
    (
        "hy",
        "Հայերեն",
        "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ապա ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության ծառայություններ: Զանգահարեք {phone}:",
    ),
    (
        "fa",
        "فارسی",
        "توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. با {phone} تماس بگیرید.",
    ),
    (
        "ru",
        "Русский",
        "ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {phone}.",
    ),
    (
        "ja",
        "日本語",
        "注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{phone} まで、お電話にてご連絡ください。",
    ),
    (
        "ar",
        "العربية",
        "ملحوظة: إذا كنت تتحدث اللغة العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {phone}.",
    ),
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
