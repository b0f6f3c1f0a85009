"""Legal-notice texts (English and Spanish) for the demo site of Pacific Coast Pain Management.

Every text is written for this demo practice only. The practice must have each one reviewed by its lawyer
before real use (the site marks that in the admin).

Sources followed:
- Nondiscrimination: 45 CFR 92.10 (2024 Section 1557 rule) and the HHS OCR sample notice of nondiscrimination.
- Language assistance: 45 CFR 92.11 (notice of availability of language assistance services and auxiliary aids).
- Privacy practices: 45 CFR 164.520 and the HHS/ONC model Notice of Privacy Practices for providers.
- Website privacy: California Online Privacy Protection Act, Cal. Bus. & Prof. Code 22575-22579.
- Accessibility: WCAG 2.1 level AA; Section 504 and 45 CFR part 84 (84.84, web and mobile accessibility).
- Good faith estimate: CMS standard notice "Right to Receive a Good Faith Estimate of Expected Charges".
- Surprise billing: CMS model disclosure "Your Rights and Protections Against Surprise Medical Bills".
- Open Payments: Cal. Bus. & Prof. Code 663 (posting and website notice; text is statutory) and 661
  (initial-visit notice), added by AB 1278 (2021) as Article 6.5, starting at section 660.
"""

import datetime

EFFECTIVE_DATE = datetime.date(2026, 11, 1)
PHONE = "619-543-0144"
ADDRESS = "3549 Camino del Rio South, Suite A, San Diego, CA 92108"

NOTICES = [
    {
        "kind": "nondiscrimination",
        "name_en": "Notice of Nondiscrimination",
        "name_es": "Aviso de no discriminación",
        "slug_en": "nondiscrimination-notice",
        "slug_es": "aviso-de-no-discriminacion",
        "summary_en": (
            "We do not discriminate on the basis of race, color, national origin, age, disability, or sex. Free "
            "interpreters, aids and services are available. Learn how to ask for help or file a grievance."
        ),
        "summary_es": (
            "No discriminamos por motivos de raza, color, nacionalidad, edad, discapacidad o sexo. Ofrecemos "
            "intérpretes, ayudas y servicios gratuitos. Sepa cómo pedir ayuda o presentar una queja."
        ),
        "body_en": (
            "<p>Pacific Coast Pain Management complies with applicable federal civil rights laws and does not "
            "discriminate on the basis of race, color, national origin, age, disability, or sex. We do not exclude "
            "people or treat them less favorably because of race, color, national origin, age, disability, or "
            "sex.</p><h3>Free help for people with disabilities</h3><p>We give people with disabilities reasonable "
            "changes to our rules and ways of doing things (reasonable modifications). We also give free aids and "
            "services, on time, so you can communicate well with us, such as:</p><ul><li>Qualified sign language "
            "interpreters</li><li>Written information in other formats (large print, audio, accessible electronic "
            "formats, and other formats)</li></ul><h3>Free help in your language</h3><p>We give free language "
            "assistance services, on time, to people whose main language is not English, such as:</p><ul><li>"
            "Qualified interpreters</li><li>Information written in other languages</li></ul><p>Spanish is spoken at "
            'all of our clinics.</p><h3>How to ask for these services</h3><p>Call us at <a href="tel:+16195430144">'
            "619-543-0144</a> (TTY 711), or tell the front desk at any of our clinics. You can also contact our "
            "Section 1557 Coordinator, whose contact details are below. These services are free.</p><h3>How to file "
            "a grievance with us</h3><p>If you believe that we have failed to provide these services or "
            "discriminated in another way on the basis of race, color, national origin, age, disability, or sex, you "
            "can file a grievance with our Section 1557 Coordinator, whose contact details are below.</p><ul><li>"
            "<strong>In person:</strong> at any of our clinics</li><li><strong>By mail:</strong> to the address "
            'below</li><li><strong>By phone:</strong> <a href="tel:+16195430144">619-543-0144</a> (TTY 711)</li><li>'
            "<strong>By email:</strong> to the email address below</li></ul><p>If you need help filing a grievance, "
            "our Section 1557 Coordinator is available to help you. We will not treat you badly or take action "
            "against you for filing a grievance or for helping someone else file one.</p><h3>How to file a complaint "
            "with the federal government</h3><p>You can also file a civil rights complaint with the U.S. Department "
            "of Health and Human Services, Office for Civil Rights:</p><ul><li><strong>Online:</strong> through the "
            'Office for Civil Rights Complaint Portal at <a href="https://ocrportal.hhs.gov/ocr/portal/lobby.jsf">'
            "https://ocrportal.hhs.gov/ocr/portal/lobby.jsf</a></li><li><strong>By mail:</strong> U.S. Department of "
            "Health and Human Services, 200 Independence Avenue SW, Room 509F, HHH Building, Washington, DC "
            '20201</li><li><strong>By phone:</strong> <a href="tel:+18003681019">1-800-368-1019</a>, <a '
            'href="tel:+18005377697">800-537-7697</a> (TDD)</li></ul><p>Complaint forms are available at <a '
            'href="https://www.hhs.gov/ocr/complaints/index.html">https://www.hhs.gov/ocr/complaints/index.html</a>'
            ".</p><p>This notice is posted on our website and at our clinics. You can ask us for a copy at any time, "
            "free of charge.</p>"
        ),
        "body_es": (
            "<p>Pacific Coast Pain Management cumple con las leyes federales de derechos civiles aplicables y no "
            "discrimina por motivos de raza, color, nacionalidad, edad, discapacidad o sexo. No excluimos a las "
            "personas ni las tratamos de forma menos favorable por su raza, color, nacionalidad, edad, discapacidad "
            "o sexo.</p><h3>Ayuda gratuita para personas con discapacidades</h3><p>A las personas con discapacidades "
            "les hacemos cambios razonables en nuestras reglas y formas de trabajar (modificaciones razonables). "
            "También les damos ayudas y servicios gratuitos, a tiempo, para que puedan comunicarse bien con "
            "nosotros, por ejemplo:</p><ul><li>Intérpretes de lenguaje de señas calificados</li><li>Información "
            "escrita en otros formatos (letra grande, audio, formatos electrónicos accesibles y otros formatos)</li>"
            "</ul><h3>Ayuda gratuita en su idioma</h3><p>Damos servicios gratuitos de asistencia lingüística, a "
            "tiempo, a las personas cuyo idioma principal no es el inglés, por ejemplo:</p><ul><li>Intérpretes "
            "calificados</li><li>Información escrita en otros idiomas</li></ul><p>En todas nuestras clínicas se "
            'habla español.</p><h3>Cómo pedir estos servicios</h3><p>Llámenos al <a href="tel:+16195430144">'
            "619-543-0144</a> (TTY 711) o dígalo en la recepción de cualquiera de nuestras clínicas. También puede "
            "comunicarse con nuestra Coordinación de la Sección 1557, cuyos datos de contacto aparecen abajo. Estos "
            "servicios son gratuitos.</p><h3>Cómo presentar una queja ante nosotros</h3><p>Si cree que no le dimos "
            "estos servicios o que le discriminamos de otra manera por motivos de raza, color, nacionalidad, edad, "
            "discapacidad o sexo, puede presentar una queja ante nuestra Coordinación de la Sección 1557, cuyos datos "
            "de contacto aparecen abajo.</p><ul><li><strong>En persona:</strong> en cualquiera de nuestras "
            "clínicas</li><li><strong>Por correo:</strong> a la dirección que aparece abajo</li><li><strong>Por "
            'teléfono:</strong> <a href="tel:+16195430144">619-543-0144</a> (TTY 711)</li><li><strong>Por correo '
            "electrónico:</strong> a la dirección de correo electrónico que aparece abajo</li></ul><p>Si necesita "
            "ayuda para presentar una queja, nuestra Coordinación de la Sección 1557 puede ayudarle. No le trataremos "
            "mal ni tomaremos medidas en su contra por presentar una queja o por ayudar a otra persona a "
            "presentarla.</p><h3>Cómo presentar una queja ante el gobierno federal</h3><p>También puede presentar "
            "una queja de derechos civiles ante la Oficina de Derechos Civiles del Departamento de Salud y Servicios "
            "Humanos de los EE. UU.:</p><ul><li><strong>En línea:</strong> en el Portal de Quejas de la Oficina de "
            'Derechos Civiles, <a href="https://ocrportal.hhs.gov/ocr/portal/lobby.jsf">'
            "https://ocrportal.hhs.gov/ocr/portal/lobby.jsf</a></li><li><strong>Por correo:</strong> U.S. Department "
            "of Health and Human Services, 200 Independence Avenue SW, Room 509F, HHH Building, Washington, DC "
            '20201</li><li><strong>Por teléfono:</strong> <a href="tel:+18003681019">1-800-368-1019</a>, <a '
            'href="tel:+18005377697">800-537-7697</a> (TDD)</li></ul><p>Los formularios de queja están disponibles '
            'en <a href="https://www.hhs.gov/ocr/complaints/index.html">'
            "https://www.hhs.gov/ocr/complaints/index.html</a>.</p><p>Este aviso está publicado en nuestro sitio web "
            "y en nuestras clínicas. Puede pedirnos una copia gratis en cualquier momento.</p>"
        ),
        "contact_title_en": "Section 1557 Coordinator: Practice Manager",
        "contact_title_es": "Coordinación de la Sección 1557: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "civilrights@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "language_assistance",
        "name_en": "Language Assistance Services",
        "name_es": "Servicios de asistencia lingüística",
        "slug_en": "language-assistance",
        "slug_es": "asistencia-linguistica",
        "summary_en": (
            "Free interpreters and information in other languages are available. Free aids and services for people "
            "with disabilities are also available. Call 619-543-0144 (TTY 711)."
        ),
        "summary_es": (
            "Ofrecemos intérpretes e información en otros idiomas sin costo. También ofrecemos ayudas y servicios "
            "gratuitos para personas con discapacidades. Llame al 619-543-0144 (TTY 711)."
        ),
        "body_en": (
            "<p><strong>ATTENTION:</strong> If you speak a language other than English, free language assistance "
            "services are available to you, such as qualified interpreters and information written in other "
            "languages.</p><p>If you have a disability, free aids and services are available to you, such as "
            "qualified sign language interpreters and information in other formats (large print, audio, or "
            'accessible electronic formats).</p><p>To ask for help, call <a href="tel:+16195430144">619-543-0144</a> '
            "(TTY 711) or tell the front desk at any of our clinics. Spanish is spoken at all of our clinics.</p><p>"
            "This message is shown on this page in other languages too.</p>"
        ),
        "body_es": (
            "<p><strong>ATENCIÓN:</strong> si habla un idioma que no es el inglés, tiene a su disposición servicios "
            "gratuitos de asistencia lingüística, como intérpretes calificados e información escrita en otros "
            "idiomas.</p><p>Si tiene una discapacidad, tiene a su disposición ayudas y servicios gratuitos, como "
            "intérpretes de lenguaje de señas calificados e información en otros formatos (letra grande, audio o "
            'formatos electrónicos accesibles).</p><p>Para pedir ayuda, llame al <a href="tel:+16195430144">'
            "619-543-0144</a> (TTY 711) o dígalo en la recepción de cualquiera de nuestras clínicas. En todas "
            "nuestras clínicas se habla español.</p><p>Este mensaje también aparece en esta página en otros "
            "idiomas.</p>"
        ),
        "contact_title_en": "Section 1557 Coordinator: Practice Manager",
        "contact_title_es": "Coordinación de la Sección 1557: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "civilrights@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "privacy_practices",
        "name_en": "Notice of Privacy Practices",
        "name_es": "Aviso de prácticas de privacidad",
        "slug_en": "notice-of-privacy-practices",
        "slug_es": "aviso-de-practicas-de-privacidad",
        "summary_en": (
            "How we may use and share your health information, your rights to get and control it, and how to contact "
            "our Privacy Officer or file a complaint."
        ),
        "summary_es": (
            "Cómo podemos usar y compartir su información médica, sus derechos para obtenerla y controlarla, y cómo "
            "comunicarse con nuestro responsable de privacidad o presentar una queja."
        ),
        "body_en": (
            "<p><strong>THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW "
            "YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.</strong></p><p>This notice applies "
            "to Pacific Coast Pain Management and all of our clinics. The effective date of this notice is shown on "
            "this page.</p><h3>In short</h3><p><strong>Your rights.</strong> You have the right to:</p><ul><li>Get a "
            "copy of your paper or electronic medical record</li><li>Ask us to correct your medical record</li><li>"
            "Ask us to contact you in a confidential way</li><li>Ask us to limit the information we share</li><li>"
            "Get a list of those with whom we’ve shared your information</li><li>Get a copy of this privacy "
            "notice</li><li>Choose someone to act for you</li><li>File a complaint if you believe your privacy "
            "rights have been violated</li></ul><p><strong>Your choices.</strong> You have some choices in the way "
            "that we use and share information as we tell family and friends about your condition, provide disaster "
            "relief, and market our services.</p><p><strong>Our uses and disclosures.</strong> We may use and share "
            "your information as we treat you, run our practice, bill for your services, help with public health and "
            "safety issues, do research, comply with the law, respond to organ and tissue donation requests, work "
            "with a medical examiner or funeral director, address workers’ compensation, law enforcement, and other "
            "government requests, and respond to lawsuits and legal actions.</p><h3>Your rights</h3><p>When it comes "
            "to your health information, you have certain rights. This section explains your rights and some of our "
            "responsibilities to help you.</p><h4>Get a copy of your medical record</h4><ul><li>You can ask to see "
            "or get a copy of your medical record and other health information we have about you, on paper or "
            "electronically. Ask us how to do this.</li><li>We will give you a copy or a summary of your health "
            "information, usually within 30 days of your request, or sooner if California law requires it. We may "
            "charge a reasonable, cost-based fee.</li></ul><h4>Ask us to correct your medical record</h4><ul><li>You "
            "can ask us to correct health information about you that you think is wrong or incomplete. Ask us how to "
            "do this.</li><li>We may say “no” to your request, but we’ll tell you why in writing within 60 days.</li>"
            "</ul><h4>Ask for confidential communications</h4><ul><li>You can ask us to contact you in a specific "
            "way (for example, home or office phone) or to send mail to a different address.</li><li>We will say "
            "“yes” to all reasonable requests.</li></ul><h4>Ask us to limit what we use or share</h4><ul><li>You can "
            "ask us not to use or share certain health information for treatment, payment, or our operations. We are "
            "not required to agree to your request, and we may say “no” if it would affect your care.</li><li>If you "
            "pay for a service or health care item out-of-pocket in full, you can ask us not to share that "
            "information for the purpose of payment or our operations with your health insurer. We will say “yes” "
            "unless a law requires us to share that information.</li></ul><h4>Get a list of those with whom we’ve "
            "shared information</h4><ul><li>You can ask for a list (accounting) of the times we’ve shared your "
            "health information for six years prior to the date you ask, who we shared it with, and why.</li><li>We "
            "will include all the disclosures except for those about treatment, payment, and health care operations, "
            "and certain other disclosures (such as any you asked us to make). We’ll provide one accounting a year "
            "for free but will charge a reasonable, cost-based fee if you ask for another one within 12 months.</li>"
            "</ul><h4>Get a copy of this privacy notice</h4><p>You can ask for a paper copy of this notice at any "
            "time, even if you have agreed to receive the notice electronically. We will give you a paper copy "
            "promptly.</p><h4>Choose someone to act for you</h4><ul><li>If you have given someone medical power of "
            "attorney or if someone is your legal guardian, that person can exercise your rights and make choices "
            "about your health information.</li><li>We will make sure the person has this authority and can act for "
            "you before we take any action.</li></ul><h4>File a complaint if you feel your rights are violated</h4>"
            "<ul><li>You can complain if you feel we have violated your rights by contacting our Privacy Officer, "
            "whose contact details are below.</li><li>You can file a complaint with the U.S. Department of Health "
            "and Human Services Office for Civil Rights by sending a letter to 200 Independence Avenue SW, "
            'Washington, DC 20201, calling <a href="tel:+18776966775">1-877-696-6775</a>, or visiting <a '
            'href="https://www.hhs.gov/ocr/complaints/index.html">www.hhs.gov/ocr/complaints</a>.</li><li>We will '
            "not retaliate against you for filing a complaint.</li></ul><h3>Your choices</h3><p>For certain health "
            "information, you can tell us your choices about what we share. If you have a clear preference for how "
            "we share your information in the situations described below, talk to us. Tell us what you want us to "
            "do, and we will follow your instructions.</p><p>In these cases, you have both the right and choice to "
            "tell us to:</p><ul><li>Share information with your family, close friends, or others involved in your "
            "care</li><li>Share information in a disaster relief situation</li></ul><p>If you are not able to tell "
            "us your preference, for example if you are unconscious, we may go ahead and share your information if "
            "we believe it is in your best interest. We may also share your information when needed to lessen a "
            "serious and imminent threat to health or safety.</p><p>In these cases we never share your information "
            "unless you give us written permission:</p><ul><li>Marketing purposes</li><li>Sale of your "
            "information</li><li>Most sharing of psychotherapy notes</li></ul><h3>Our uses and disclosures</h3><p>We "
            "typically use or share your health information in the following ways.</p><h4>Treat you</h4><p>We can "
            "use your health information and share it with other professionals who are treating you. For example, a "
            "doctor treating you for an injury asks another doctor about your overall health condition.</p><h4>Run "
            "our practice</h4><p>We can use and share your health information to run our practice, improve your "
            "care, and contact you when necessary. For example, we use health information about you to manage your "
            "treatment and services.</p><h4>Bill for your services</h4><p>We can use and share your health "
            "information to bill and get payment from health plans or other entities, including Medicare and "
            "Medi-Cal. For example, we give information about you to your health insurance plan so it will pay for "
            "your services.</p><h4>How else can we use or share your health information?</h4><p>We are allowed or "
            "required to share your information in other ways, usually in ways that contribute to the public good, "
            "such as public health and research. We have to meet many conditions in the law before we can share your "
            "information for these purposes.</p><ul><li><strong>Help with public health and safety issues:</strong> "
            "preventing disease, helping with product recalls, reporting adverse reactions to medications, reporting "
            "suspected abuse, neglect, or domestic violence, and preventing or reducing a serious threat to anyone’s "
            "health or safety.</li><li><strong>Do research:</strong> we can use or share your information for health "
            "research.</li><li><strong>Comply with the law:</strong> we will share information about you if state or "
            "federal laws require it, including with the Department of Health and Human Services if it wants to see "
            "that we’re complying with federal privacy law.</li><li><strong>Respond to organ and tissue donation "
            "requests:</strong> we can share health information about you with organ procurement organizations.</li>"
            "<li><strong>Work with a medical examiner or funeral director:</strong> we can share health information "
            "with a coroner, medical examiner, or funeral director when an individual dies.</li><li><strong>Address "
            "workers’ compensation, law enforcement, and other government requests:</strong> we can use or share "
            "health information about you for workers’ compensation claims, for law enforcement purposes or with a "
            "law enforcement official, with health oversight agencies for activities authorized by law, and for "
            "special government functions such as military, national security, and presidential protective "
            "services.</li><li><strong>Respond to lawsuits and legal actions:</strong> we can share health "
            "information about you in response to a court or administrative order, or in response to a subpoena.</li>"
            "</ul><p>California law and other laws may give some kinds of health information extra protection, for "
            "example mental health records, HIV test results, genetic test results, and substance use disorder "
            "treatment records. When a law gives your information more protection than this notice describes, we "
            "follow that law.</p><h3>Our responsibilities</h3><ul><li>We are required by law to maintain the privacy "
            "and security of your protected health information.</li><li>We will let you know promptly if a breach "
            "occurs that may have compromised the privacy or security of your information.</li><li>We must follow "
            "the duties and privacy practices described in this notice and give you a copy of it.</li><li>We will "
            "not use or share your information other than as described here unless you tell us we can in writing. If "
            "you tell us we can, you may change your mind at any time. Let us know in writing if you change your "
            "mind.</li></ul><h3>Changes to the terms of this notice</h3><p>We can change the terms of this notice, "
            "and the changes will apply to all information we have about you. The new notice will be available upon "
            "request, at our clinics, and on our website.</p><h3>Questions</h3><p>If you have questions about this "
            "notice or want to use any of these rights, contact our Privacy Officer, whose contact details are "
            'below, or call <a href="tel:+16195430144">619-543-0144</a> (TTY 711).</p>'
        ),
        "body_es": (
            "<p><strong>ESTE AVISO DESCRIBE CÓMO SE PUEDE USAR Y DIVULGAR SU INFORMACIÓN MÉDICA Y CÓMO PUEDE USTED "
            "OBTENER ACCESO A ESTA INFORMACIÓN. LÉALO CON ATENCIÓN.</strong></p><p>Este aviso se aplica a Pacific "
            "Coast Pain Management y a todas nuestras clínicas. La fecha de vigencia de este aviso aparece en esta "
            "página.</p><h3>En resumen</h3><p><strong>Sus derechos.</strong> Usted tiene derecho a:</p><ul><li>"
            "Obtener una copia de su expediente médico en papel o electrónico</li><li>Pedirnos que corrijamos su "
            "expediente médico</li><li>Pedirnos que nos comuniquemos con usted de forma confidencial</li><li>"
            "Pedirnos que limitemos la información que compartimos</li><li>Obtener una lista de las personas o "
            "entidades con quienes hemos compartido su información</li><li>Obtener una copia de este aviso de "
            "privacidad</li><li>Elegir a alguien para que actúe en su nombre</li><li>Presentar una queja si cree que "
            "se han violado sus derechos de privacidad</li></ul><p><strong>Sus opciones.</strong> Usted puede elegir "
            "algunas de las formas en que usamos y compartimos su información cuando informamos a su familia y "
            "amigos sobre su estado de salud, ayudamos en casos de desastre y promocionamos nuestros servicios.</p>"
            "<p><strong>Nuestros usos y divulgaciones.</strong> Podemos usar y compartir su información cuando le "
            "atendemos, administramos nuestra práctica, facturamos sus servicios, ayudamos con asuntos de salud y "
            "seguridad pública, hacemos investigaciones, cumplimos con la ley, respondemos a solicitudes de donación "
            "de órganos y tejidos, trabajamos con un médico forense o director de funeraria, atendemos solicitudes "
            "de compensación laboral, de las autoridades policiales y de otras entidades del gobierno, y respondemos "
            "a demandas y acciones legales.</p><h3>Sus derechos</h3><p>Usted tiene ciertos derechos sobre su "
            "información médica. Esta sección explica sus derechos y algunas de nuestras responsabilidades para "
            "ayudarle.</p><h4>Obtener una copia de su expediente médico</h4><ul><li>Puede pedir ver u obtener una "
            "copia de su expediente médico y de otra información médica que tengamos sobre usted, en papel o en "
            "formato electrónico. Pregúntenos cómo hacerlo.</li><li>Le daremos una copia o un resumen de su "
            "información médica, por lo general dentro de los 30 días siguientes a su solicitud, o antes si la ley "
            "de California lo exige. Podemos cobrarle un cargo razonable basado en el costo.</li></ul><h4>Pedirnos "
            "que corrijamos su expediente médico</h4><ul><li>Puede pedirnos que corrijamos la información médica "
            "sobre usted que crea que está equivocada o incompleta. Pregúntenos cómo hacerlo.</li><li>Podemos decir "
            "“no” a su solicitud, pero le explicaremos por qué por escrito dentro de un plazo de 60 días.</li></ul>"
            "<h4>Pedir comunicaciones confidenciales</h4><ul><li>Puede pedirnos que nos comuniquemos con usted de "
            "una manera específica (por ejemplo, al teléfono de su casa o de su trabajo) o que le enviemos el correo "
            "a otra dirección.</li><li>Diremos “sí” a todas las solicitudes razonables.</li></ul><h4>Pedirnos que "
            "limitemos lo que usamos o compartimos</h4><ul><li>Puede pedirnos que no usemos ni compartamos cierta "
            "información médica para su tratamiento, para pagos o para nuestras operaciones. No estamos obligados a "
            "aceptar su solicitud, y podemos decir “no” si afectaría su atención.</li><li>Si paga en su totalidad un "
            "servicio o artículo de atención médica de su propio bolsillo, puede pedirnos que no compartamos esa "
            "información con su aseguradora médica para fines de pago o de nuestras operaciones. Diremos “sí”, a "
            "menos que una ley nos exija compartir esa información.</li></ul><h4>Obtener una lista de quienes han "
            "recibido su información</h4><ul><li>Puede pedir una lista (un informe) de las veces que hemos "
            "compartido su información médica durante los seis años anteriores a la fecha de su solicitud, con quién "
            "la compartimos y por qué.</li><li>Incluiremos todas las divulgaciones, excepto las de tratamiento, pago "
            "y operaciones de atención médica, y algunas otras (como las que usted nos pidió hacer). Le daremos un "
            "informe al año sin costo, pero le cobraremos un cargo razonable basado en el costo si pide otro dentro "
            "de los 12 meses siguientes.</li></ul><h4>Obtener una copia de este aviso de privacidad</h4><p>Puede "
            "pedir una copia en papel de este aviso en cualquier momento, incluso si aceptó recibirlo en forma "
            "electrónica. Le daremos una copia en papel sin demora.</p><h4>Elegir a alguien para que actúe en su "
            "nombre</h4><ul><li>Si le dio a alguien un poder legal para asuntos médicos o si alguien es su tutor "
            "legal, esa persona puede ejercer sus derechos y tomar decisiones sobre su información médica.</li><li>"
            "Antes de hacer cualquier cosa, nos aseguraremos de que esa persona tenga esa autoridad y pueda actuar "
            "en su nombre.</li></ul><h4>Presentar una queja si cree que se violaron sus derechos</h4><ul><li>Si cree "
            "que violamos sus derechos, puede presentar una queja ante nuestro responsable de privacidad, cuyos datos "
            "de contacto aparecen abajo.</li><li>Puede presentar una queja ante la Oficina de Derechos Civiles del "
            "Departamento de Salud y Servicios Humanos de los EE. UU. enviando una carta a 200 Independence Avenue "
            'SW, Washington, DC 20201, llamando al <a href="tel:+18776966775">1-877-696-6775</a> o visitando <a '
            'href="https://www.hhs.gov/ocr/complaints/index.html">www.hhs.gov/ocr/complaints</a>.</li><li>No '
            "tomaremos represalias en su contra por presentar una queja.</li></ul><h3>Sus opciones</h3><p>Para "
            "cierta información médica, usted puede decirnos qué quiere que compartamos. Si tiene una preferencia "
            "clara sobre cómo compartir su información en las situaciones descritas abajo, hable con nosotros. "
            "Díganos qué quiere que hagamos y seguiremos sus instrucciones.</p><p>En estos casos, usted tiene el "
            "derecho y la opción de pedirnos que:</p><ul><li>Compartamos información con su familia, amigos cercanos "
            "u otras personas que participan en su atención</li><li>Compartamos información en una situación de "
            "ayuda en caso de desastre</li></ul><p>Si no puede decirnos su preferencia, por ejemplo si está "
            "inconsciente, podemos compartir su información si creemos que es lo mejor para usted. También podemos "
            "compartir su información cuando sea necesario para reducir una amenaza grave e inminente para la salud "
            "o la seguridad.</p><p>En estos casos nunca compartimos su información a menos que usted nos dé permiso "
            "por escrito:</p><ul><li>Para fines de mercadeo</li><li>Para vender su información</li><li>Para "
            "compartir la mayoría de las notas de psicoterapia</li></ul><h3>Nuestros usos y divulgaciones</h3><p>Por "
            "lo general, usamos o compartimos su información médica de las siguientes maneras.</p><h4>Para "
            "atenderle</h4><p>Podemos usar su información médica y compartirla con otros profesionales que le "
            "atienden. Por ejemplo, un médico que le trata por una lesión le pregunta a otro médico sobre su estado "
            "de salud general.</p><h4>Para administrar nuestra práctica</h4><p>Podemos usar y compartir su "
            "información médica para administrar nuestra práctica, mejorar su atención y comunicarnos con usted "
            "cuando sea necesario. Por ejemplo, usamos información médica sobre usted para organizar su tratamiento "
            "y sus servicios.</p><h4>Para facturar sus servicios</h4><p>Podemos usar y compartir su información "
            "médica para facturar y recibir pagos de planes de salud u otras entidades, incluidos Medicare y "
            "Medi-Cal. Por ejemplo, le damos información sobre usted a su plan de seguro médico para que pague sus "
            "servicios.</p><h4>¿De qué otras maneras podemos usar o compartir su información médica?</h4><p>La ley "
            "nos permite o nos exige compartir su información de otras maneras, por lo general para contribuir al "
            "bien público, como la salud pública y la investigación. Tenemos que cumplir muchas condiciones de la "
            "ley antes de poder compartir su información para estos fines.</p><ul><li><strong>Ayudar con asuntos de "
            "salud y seguridad pública:</strong> prevenir enfermedades, ayudar con el retiro de productos del "
            "mercado, informar reacciones adversas a medicamentos, informar sospechas de abuso, negligencia o "
            "violencia doméstica, y prevenir o reducir una amenaza grave para la salud o la seguridad de cualquier "
            "persona.</li><li><strong>Hacer investigaciones:</strong> podemos usar o compartir su información para "
            "investigaciones de salud.</li><li><strong>Cumplir con la ley:</strong> compartiremos información sobre "
            "usted si las leyes estatales o federales lo exigen, incluso con el Departamento de Salud y Servicios "
            "Humanos si quiere comprobar que cumplimos con la ley federal de privacidad.</li><li><strong>Responder a "
            "solicitudes de donación de órganos y tejidos:</strong> podemos compartir información médica sobre usted "
            "con organizaciones de obtención de órganos.</li><li><strong>Trabajar con un médico forense o director "
            "de funeraria:</strong> podemos compartir información médica con un médico forense o un director de "
            "funeraria cuando una persona fallece.</li><li><strong>Atender solicitudes de compensación laboral, de "
            "las autoridades policiales y de otras entidades del gobierno:</strong> podemos usar o compartir "
            "información médica sobre usted para reclamos de compensación laboral, para fines policiales o con un "
            "agente del orden público, con agencias de supervisión de la salud para actividades autorizadas por la "
            "ley, y para funciones especiales del gobierno, como servicios militares, de seguridad nacional y de "
            "protección presidencial.</li><li><strong>Responder a demandas y acciones legales:</strong> podemos "
            "compartir información médica sobre usted en respuesta a una orden judicial o administrativa, o en "
            "respuesta a una citación.</li></ul><p>La ley de California y otras leyes pueden dar protección "
            "adicional a algunos tipos de información médica, por ejemplo, los expedientes de salud mental, los "
            "resultados de pruebas del VIH, los resultados de pruebas genéticas y los expedientes de tratamiento de "
            "trastornos por consumo de sustancias. Cuando una ley protege su información más de lo que describe este "
            "aviso, seguimos esa ley.</p><h3>Nuestras responsabilidades</h3><ul><li>La ley nos exige mantener la "
            "privacidad y la seguridad de su información médica protegida.</li><li>Le avisaremos sin demora si "
            "ocurre una violación de seguridad que pueda haber comprometido la privacidad o la seguridad de su "
            "información.</li><li>Debemos cumplir con las obligaciones y prácticas de privacidad que se describen en "
            "este aviso y darle una copia del mismo.</li><li>No usaremos ni compartiremos su información de otra "
            "manera que no sea la descrita aquí, a menos que usted nos autorice por escrito. Si nos autoriza, puede "
            "cambiar de opinión en cualquier momento. Avísenos por escrito si cambia de opinión.</li></ul><h3>"
            "Cambios a los términos de este aviso</h3><p>Podemos cambiar los términos de este aviso, y los cambios "
            "se aplicarán a toda la información que tenemos sobre usted. El nuevo aviso estará disponible si lo "
            "pide, en nuestras clínicas y en nuestro sitio web.</p><h3>Preguntas</h3><p>Si tiene preguntas sobre "
            "este aviso o quiere ejercer alguno de estos derechos, comuníquese con nuestro responsable de privacidad, "
            'cuyos datos de contacto aparecen abajo, o llame al <a href="tel:+16195430144">619-543-0144</a> (TTY '
            "711).</p>"
        ),
        "contact_title_en": "Privacy Officer: Practice Manager",
        "contact_title_es": "Responsable de privacidad: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "privacy@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "website_privacy",
        "name_en": "Website Privacy Policy",
        "name_es": "Política de privacidad del sitio web",
        "slug_en": "website-privacy-policy",
        "slug_es": "politica-de-privacidad-del-sitio-web",
        "summary_en": (
            "Our website sets only a language cookie, keeps ordinary server logs for a limited time, and loads "
            "nothing from other sites. We do not track you across websites."
        ),
        "summary_es": (
            "Nuestro sitio web solo guarda una cookie de idioma, conserva registros normales del servidor por un "
            "tiempo limitado y no carga nada de otros sitios. No rastreamos lo que usted hace en otros sitios web."
        ),
        "body_en": (
            "<p>This policy explains what information this website collects when you visit it, and how we use it. It "
            "covers only this website. Your health information is covered by our Notice of Privacy Practices.</p><h3>"
            "What we collect</h3><h4>A language cookie</h4><p>If you choose a language (English or Spanish), the "
            "website saves your choice in a small file in your browser called a cookie. The cookie holds only your "
            "language choice. It does not hold your name or any other information about you. You can delete it at "
            "any time in your browser settings. The website will still work without it.</p><h4>Server logs</h4><p>"
            "Like most websites, our web server keeps a record (a log) each time a page is requested. Each record "
            "includes:</p><ul><li>The internet address (IP address) of the device that asked for the page</li><li>"
            "The date and time</li><li>The page that was requested</li><li>The type of browser that was used</li>"
            "</ul><p>We use these logs only to keep the website running and secure, for example to fix errors and to "
            "stop attacks. We keep them for a limited time to keep the site running and secure, and then we delete "
            "them. We do not use them to learn who you are, and we do not sell them.</p><h4>What we do not "
            "collect</h4><ul><li>The website has no forms that ask for health information.</li><li>The website has "
            "no accounts or sign-ins.</li><li>We do not use advertising, tracking, or analytics tools.</li></ul><h3>"
            "Other companies</h3><p>This website does not load anything from other websites. It uses no trackers, no "
            "third-party fonts, scripts, or maps, and no analytics services. This means no other company can collect "
            "information about your online activities when you use this website.</p><p>We do not share the "
            "information described above with other companies, except when the law requires it (for example, a court "
            "order) or when needed to protect the website, our patients, or others from harm.</p><h3>Patient "
            "portal</h3><p>Our website links to a patient portal. The patient portal is run by another company, not "
            "by this website. When you follow that link, you leave this website. The portal company’s own privacy "
            "policy applies there. Your health information in the portal is also covered by our Notice of Privacy "
            "Practices.</p><h3>How we respond to “Do Not Track” signals</h3><p>Some browsers can send a “Do Not "
            "Track” signal, or a similar signal, to tell websites that you do not want to be tracked. This website "
            "does not track anyone over time or across other websites, and it does not let other companies do so. "
            "Because of this, we treat every visitor the same way as a visitor whose browser sends a “Do Not Track” "
            "signal, whether or not your browser sends one.</p><h3>Reviewing your information</h3><p>The website "
            "does not keep a profile about you, so there is nothing to review or change online. You can delete the "
            "language cookie in your browser at any time. If you have questions about the information in our server "
            "logs, contact us using the details below.</p><p>Please do not send health information to us by email. "
            'Call us at <a href="tel:+16195430144">619-543-0144</a> (TTY 711) instead.</p><h3>Changes to this '
            "policy</h3><p>If we change this policy, we will post the new version on this page and update the "
            "effective date shown on this page.</p><h3>Contact us</h3><p>If you have questions about this policy, "
            "contact us using the details below.</p>"
        ),
        "body_es": (
            "<p>Esta política explica qué información recoge este sitio web cuando usted lo visita y cómo la usamos. "
            "Solo se aplica a este sitio web. Su información médica está cubierta por nuestro Aviso de prácticas de "
            "privacidad.</p><h3>Qué información recogemos</h3><h4>Una cookie de idioma</h4><p>Si usted elige un "
            "idioma (inglés o español), el sitio web guarda su elección en un archivo pequeño en su navegador "
            "que se conoce como cookie. La cookie solo guarda el idioma que eligió. No guarda su nombre ni ninguna "
            "otra información sobre usted. Puede borrarla en cualquier momento desde la configuración de su navegador. "
            "El sitio web funciona igual sin ella.</p><h4>Registros del servidor</h4><p>Como la mayoría de los sitios "
            "web, nuestro servidor guarda un registro cada vez que se pide una página. Cada registro incluye:</p><ul>"
            "<li>La dirección de internet (dirección IP) del dispositivo que pidió la página</li><li>La fecha y la "
            "hora</li><li>La página que se pidió</li><li>El tipo de navegador que se usó</li></ul><p>Usamos estos "
            "registros solo para que el sitio web funcione bien y de forma segura, por ejemplo, para corregir "
            "errores y detener ataques. Los guardamos por un tiempo limitado para mantener el sitio funcionando y "
            "seguro, y después los borramos. No los usamos para saber quién es usted y no los vendemos.</p><h4>Qué "
            "información no recogemos</h4><ul><li>El sitio web no tiene formularios que pidan información "
            "médica.</li><li>El sitio web no tiene cuentas ni inicios de sesión.</li><li>No usamos herramientas de "
            "publicidad, de rastreo ni de análisis.</li></ul><h3>Otras compañías</h3><p>Este sitio web no carga nada "
            "de otros sitios web. No usa rastreadores, ni fuentes, programas o mapas de otras compañías, ni "
            "servicios de análisis. Esto significa que ninguna otra compañía puede recoger información sobre sus "
            "actividades en internet cuando usa este sitio web.</p><p>No compartimos con otras compañías la "
            "información descrita arriba, excepto cuando la ley lo exige (por ejemplo, una orden judicial) o cuando "
            "es necesario para proteger el sitio web, a nuestros pacientes o a otras personas.</p><h3>Portal de "
            "pacientes</h3><p>Nuestro sitio web tiene un enlace a un portal de pacientes. El portal de pacientes lo "
            "administra otra compañía, no este sitio web. Cuando sigue ese enlace, sale de este sitio web. Allí se "
            "aplica la política de privacidad de la compañía del portal. Su información médica en el portal también "
            "está cubierta por nuestro Aviso de prácticas de privacidad.</p><h3>Cómo respondemos a las señales de "
            "“No rastrear” (Do Not Track)</h3><p>Algunos navegadores pueden enviar una señal de “No rastrear” (Do "
            "Not Track), u otra señal parecida, para decirles a los sitios web que usted no quiere que rastreen lo que "
            "hace. Este sitio web no rastrea a nadie a lo largo del tiempo ni en otros sitios web, y no permite que "
            "otras compañías lo hagan. Por eso, tratamos a todas las personas que nos visitan como si su navegador "
            "enviara una señal de “No rastrear”, la envíe o no.</p><h3>Cómo revisar su información</h3><p>"
            "El sitio web no guarda un perfil sobre usted, así que no hay nada que revisar ni cambiar en línea. "
            "Puede borrar la cookie de idioma en su navegador en cualquier momento. Si tiene preguntas sobre la "
            "información de nuestros registros del servidor, comuníquese con nosotros con los datos que aparecen "
            "abajo.</p><p>Por favor, no nos envíe información médica por correo electrónico. Mejor llámenos al <a "
            'href="tel:+16195430144">619-543-0144</a> (TTY 711).</p><h3>Cambios a esta política</h3><p>Si cambiamos '
            "esta política, publicaremos la nueva versión en esta página y actualizaremos la fecha de vigencia que "
            "aparece en esta página.</p><h3>Comuníquese con nosotros</h3><p>Si tiene preguntas sobre esta política, "
            "comuníquese con nosotros con los datos que aparecen abajo.</p>"
        ),
        "contact_title_en": "Website privacy questions: Practice Manager",
        "contact_title_es": "Preguntas sobre la privacidad del sitio web: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "privacy@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "accessibility",
        "name_en": "Accessibility Statement",
        "name_es": "Declaración de accesibilidad",
        "slug_en": "accessibility-statement",
        "slug_es": "declaracion-de-accesibilidad",
        "summary_en": (
            "We build and test this website to meet WCAG 2.1 level AA. Tell us about any problem by phone or email. "
            "We answer within 2 business days and can give you information in another format."
        ),
        "summary_es": (
            "Creamos y probamos este sitio web para cumplir con las pautas WCAG 2.1, nivel AA. Avísenos de cualquier "
            "problema por teléfono o correo electrónico. Respondemos en 2 días hábiles y podemos darle la "
            "información en otro formato."
        ),
        "body_en": (
            "<p>We want everyone to be able to use this website, including people with disabilities.</p><h3>Our "
            "standard</h3><p>We build this website to meet the Web Content Accessibility Guidelines (WCAG) 2.1, "
            "level AA. This is the standard that the U.S. Department of Health and Human Services set in its 2024 "
            "rule under Section 504 of the Rehabilitation Act (45 CFR part 84) for the websites of health care "
            "providers that receive federal money, such as payments from Medicare and Medi-Cal.</p><h3>How we test "
            "this website</h3><ul><li>Automated accessibility checks (axe) on every page</li><li>HTML validation on "
            "every page</li><li>Checks using only a keyboard</li><li>Checks with screen readers</li><li>Lighthouse "
            "checks</li></ul><p>Testing does not catch every problem. If something does not work for you, please "
            "tell us.</p><h3>Patient portal</h3><p>The patient portal is run by another company. If you have trouble "
            "using it, tell us, and we will help you get what you need in another way.</p><h3>How to report a "
            'problem</h3><ul><li><strong>Phone:</strong> <a href="tel:+16195430144">619-543-0144</a> (TTY 711)</li>'
            '<li><strong>Email:</strong> <a href="mailto:accessibility@example.com">accessibility@example.com</a>'
            "</li><li><strong>In person:</strong> at the front desk of any of our clinics</li></ul><p>It helps us if "
            "you tell us the page, what you were trying to do, and what happened. You do not have to give us any "
            "health information.</p><h3>How fast we answer</h3><p>We will answer within 2 business days. If we "
            "cannot fix the problem right away, we will tell you what we are doing about it and help you get the "
            "information or service in another way.</p><h3>Information in another format</h3><p>You can ask for any "
            "information on this website in another format, such as large print, audio, or an accessible electronic "
            "format. There is no cost to you. You can also ask for a qualified sign language interpreter or a "
            "language interpreter for your visit, free of charge.</p><h3>If you are not satisfied</h3><p>You can "
            "file a grievance with us, or a complaint with the U.S. Department of Health and Human Services, Office "
            "for Civil Rights. Our Notice of Nondiscrimination explains how.</p>"
        ),
        "body_es": (
            "<p>Queremos que todas las personas puedan usar este sitio web, incluidas las personas con "
            "discapacidades.</p><h3>Nuestro estándar</h3><p>Creamos este sitio web para cumplir con las Pautas de "
            "Accesibilidad al Contenido Web (WCAG) 2.1, nivel AA. Este es el estándar que fijó el Departamento de "
            "Salud y Servicios Humanos de los EE. UU. en su regla de 2024 bajo la Sección 504 de la Ley de "
            "Rehabilitación (45 CFR parte 84) para los sitios web de los proveedores de atención médica que reciben "
            "dinero federal, como los pagos de Medicare y Medi-Cal.</p><h3>Cómo probamos este sitio web</h3><ul><li>"
            "Revisiones automáticas de accesibilidad (axe) en todas las páginas</li><li>Validación del código HTML "
            "en todas las páginas</li><li>Pruebas usando solo el teclado</li><li>Pruebas con lectores de "
            "pantalla</li><li>Revisiones con Lighthouse</li></ul><p>Las pruebas no encuentran todos los problemas. "
            "Si algo no le funciona, por favor avísenos.</p><h3>Portal de pacientes</h3><p>El portal de pacientes lo "
            "administra otra compañía. Si tiene problemas para usarlo, avísenos y le ayudaremos a obtener lo que "
            "necesita de otra manera.</p><h3>Cómo informar un problema</h3><ul><li><strong>Teléfono:</strong> <a "
            'href="tel:+16195430144">619-543-0144</a> (TTY 711)</li><li><strong>Correo electrónico:</strong> <a '
            'href="mailto:accessibility@example.com">accessibility@example.com</a></li><li><strong>En '
            "persona:</strong> en la recepción de cualquiera de nuestras clínicas</li></ul><p>Nos ayuda si nos dice "
            "en qué página estaba, qué intentaba hacer y qué pasó. No tiene que darnos ninguna información "
            "médica.</p><h3>Qué tan rápido respondemos</h3><p>Le responderemos en un plazo de 2 días hábiles. Si no "
            "podemos resolver el problema enseguida, le diremos qué estamos haciendo y le ayudaremos a obtener la "
            "información o el servicio de otra manera.</p><h3>Información en otro formato</h3><p>Puede pedir "
            "cualquier información de este sitio web en otro formato, como letra grande, audio o un formato "
            "electrónico accesible, sin costo para usted. También puede pedir, sin costo, un intérprete de lenguaje "
            "de señas calificado o un intérprete de idiomas para su cita.</p><h3>Si no queda conforme</h3><p>"
            "Puede presentar una queja ante nosotros, o ante la Oficina de Derechos Civiles del Departamento de "
            "Salud y Servicios Humanos de los EE. UU. Nuestro Aviso de no discriminación explica cómo hacerlo.</p>"
        ),
        "contact_title_en": "Accessibility questions: Practice Manager",
        "contact_title_es": "Preguntas sobre accesibilidad: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "accessibility@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "good_faith_estimate",
        "name_en": "Right to a Good Faith Estimate",
        "name_es": "Derecho a una estimación de buena fe",
        "slug_en": "good-faith-estimate",
        "slug_es": "estimacion-de-buena-fe",
        "summary_en": (
            "If you don’t have insurance or are not using it, you have the right to a Good Faith Estimate of how "
            "much your care will cost. If your bill is at least $400 more, you can dispute it."
        ),
        "summary_es": (
            "Si no tiene seguro médico o no lo va a usar, tiene derecho a recibir una estimación de buena fe de "
            "cuánto costará su atención. Si su factura es al menos $400 más alta, puede disputarla."
        ),
        "body_en": (
            "<p><strong>You have the right to receive a “Good Faith Estimate” explaining how much your medical care "
            "will cost.</strong></p><p>Under the law, health care providers need to give patients who don’t have "
            "insurance or who are not using insurance an estimate of the bill for medical items and services.</p><ul>"
            "<li>You have the right to receive a Good Faith Estimate for the total expected cost of any "
            "non-emergency items or services. This includes related costs like medical tests, prescription drugs, "
            "equipment, and hospital fees.</li><li>Make sure your health care provider gives you a Good Faith "
            "Estimate in writing at least 1 business day before your medical service or item. You can also ask your "
            "health care provider, and any other provider you choose, for a Good Faith Estimate before you schedule "
            "an item or service.</li><li>If you receive a bill that is at least $400 more than your Good Faith "
            "Estimate, you can dispute the bill.</li><li>Make sure to save a copy or picture of your Good Faith "
            "Estimate.</li></ul><h3>How to ask us for an estimate</h3><p>Tell us when you schedule your visit that "
            "you do not have insurance or that you will not use it. You can also ask for an estimate at any time "
            'before you schedule. Call <a href="tel:+16195430144">619-543-0144</a> (TTY 711), ask at the front desk, '
            'or email <a href="mailto:billing@example.com">billing@example.com</a>.</p><h3>If your bill is much '
            "higher than your estimate</h3><p>If your bill is at least $400 more than your Good Faith Estimate, you "
            "can ask for a review through the federal patient-provider dispute resolution process. In most cases you "
            "must start this within 120 calendar days of the date on your bill, and a small fee may apply. Keep a "
            "copy of your estimate and your bill. You can also call us first; we may be able to fix the problem.</p>"
            "<h3>If you have Medicare or Medi-Cal</h3><p>These estimate rules are for people who are not using "
            "insurance or a government health program to pay for their care. If you have Medicare or Medi-Cal and we "
            "bill them for your care, other rules protect you. Ask us if you are not sure which rules apply to "
            "you.</p><h3>More information</h3><p>For questions or more information about your right to a Good Faith "
            'Estimate, visit <a href="https://www.cms.gov/nosurprises">www.cms.gov/nosurprises</a>, email <a '
            'href="mailto:FederalPPDRQuestions@cms.hhs.gov">FederalPPDRQuestions@cms.hhs.gov</a>, or call <a '
            'href="tel:+18009853059">1-800-985-3059</a>.</p>'
        ),
        "body_es": (
            "<p><strong>Usted tiene derecho a recibir una “estimación de buena fe” que explique cuánto costará su "
            "atención médica.</strong></p><p>Según la ley, los proveedores de atención médica deben darles a las "
            "personas que no tienen seguro, o que no usan su seguro, una estimación de la factura por los artículos "
            "y servicios médicos.</p><ul><li>Usted tiene derecho a recibir una estimación de buena fe del costo "
            "total esperado de cualquier artículo o servicio que no sea de emergencia. Esto incluye costos "
            "relacionados, como pruebas médicas, medicamentos recetados, equipos y cargos de hospital.</li><li>"
            "Asegúrese de que su proveedor de atención médica le dé una estimación de buena fe por escrito al menos "
            "1 día hábil antes de su servicio o artículo médico. También puede pedirle a su proveedor de atención "
            "médica, y a cualquier otro proveedor que elija, una estimación de buena fe antes de programar un "
            "artículo o servicio.</li><li>Si recibe una factura que es al menos $400 más alta que su estimación de "
            "buena fe, puede disputar la factura.</li><li>Asegúrese de guardar una copia o una foto de su estimación "
            "de buena fe.</li></ul><h3>Cómo pedirnos una estimación</h3><p>Cuando programe su cita, díganos que "
            "no tiene seguro o que no lo va a usar. También puede pedir una estimación en cualquier momento antes de "
            'programar. Llame al <a href="tel:+16195430144">619-543-0144</a> (TTY 711), pregunte en la recepción o '
            'escriba a <a href="mailto:billing@example.com">billing@example.com</a>.</p><h3>Si su factura es mucho '
            "más alta que su estimación</h3><p>Si su factura es al menos $400 más alta que su estimación de buena "
            "fe, puede pedir una revisión por medio del proceso federal de resolución de disputas entre pacientes y "
            "proveedores. En la mayoría de los casos debe iniciarlo dentro de los 120 días calendario siguientes a "
            "la fecha de su factura, y es posible que deba pagar un cargo pequeño. Guarde una copia de su estimación "
            "y de su factura. También puede llamarnos primero; es posible que podamos resolver el problema.</p><h3>"
            "Si tiene Medicare o Medi-Cal</h3><p>Estas reglas sobre estimaciones son para personas que no usan un "
            "seguro ni un programa de salud del gobierno para pagar su atención. Si tiene Medicare o Medi-Cal y les "
            "facturamos su atención, le protegen otras reglas. Pregúntenos si tiene dudas sobre qué reglas se "
            "aplican a usted.</p><h3>Más información</h3><p>Si tiene preguntas o quiere más información sobre su "
            'derecho a una estimación de buena fe, visite <a href="https://www.cms.gov/nosurprises">'
            'www.cms.gov/nosurprises</a>, escriba a <a href="mailto:FederalPPDRQuestions@cms.hhs.gov">'
            'FederalPPDRQuestions@cms.hhs.gov</a> o llame al <a href="tel:+18009853059">1-800-985-3059</a>.</p>'
        ),
        "contact_title_en": "Billing questions: Practice Manager",
        "contact_title_es": "Preguntas sobre facturación: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "billing@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "surprise_billing",
        "name_en": "Your Rights and Protections Against Surprise Medical Bills",
        "name_es": "Sus derechos y protecciones contra las facturas médicas sorpresa",
        "slug_en": "surprise-billing-protections",
        "slug_es": "protecciones-contra-facturas-sorpresa",
        "summary_en": (
            "When you get emergency care or are treated by an out-of-network provider at an in-network hospital or "
            "ambulatory surgical center, you are protected from surprise billing. California law also protects you."
        ),
        "summary_es": (
            "Cuando recibe atención de emergencia o le atiende un proveedor fuera de la red en un hospital o centro "
            "quirúrgico ambulatorio de la red, tiene protección contra la facturación sorpresa. La ley de California "
            "también le protege."
        ),
        "body_en": (
            "<p>When you get emergency care or are treated by an out-of-network provider at an in-network hospital "
            "or ambulatory surgical center, you are protected from surprise billing or balance billing.</p><h3>What "
            "is “balance billing” (sometimes called “surprise billing”)?</h3><p>When you see a doctor or other "
            "health care provider, you may owe certain out-of-pocket costs, such as a copayment, coinsurance, or a "
            "deductible. You may have other costs or have to pay the entire bill if you see a provider or visit a "
            "health care facility that isn’t in your health plan’s network.</p><p>“Out-of-network” describes "
            "providers and facilities that haven’t signed a contract with your health plan. Out-of-network providers "
            "may be permitted to bill you for the difference between what your plan agreed to pay and the full "
            "amount charged for a service. This is called “balance billing.” This amount is likely more than "
            "in-network costs for the same service and might not count toward your annual out-of-pocket limit.</p><p>"
            "“Surprise billing” is an unexpected balance bill. This can happen when you can’t control who is "
            "involved in your care, like when you have an emergency or when you schedule a visit at an in-network "
            "facility but are unexpectedly treated by an out-of-network provider.</p><h3>You are protected from "
            "balance billing for:</h3><h4>Emergency services</h4><p>If you have an emergency medical condition and "
            "get emergency services from an out-of-network provider or facility, the most the provider or facility "
            "may bill you is your plan’s in-network cost-sharing amount (such as copayments and coinsurance). You "
            "can’t be balance billed for these emergency services. This includes services you may get after you’re "
            "in stable condition, unless you give written consent and give up your protections not to be balance "
            "billed for these post-stabilization services.</p><h4>Certain services at an in-network hospital or "
            "ambulatory surgical center</h4><p>When you get services from an in-network hospital or ambulatory "
            "surgical center, certain providers there may be out-of-network. In these cases, the most those "
            "providers may bill you is your plan’s in-network cost-sharing amount. This applies to emergency "
            "medicine, anesthesia, pathology, radiology, laboratory, neonatology, assistant surgeon, hospitalist, or "
            "intensivist services. These providers can’t balance bill you and may not ask you to give up your "
            "protections not to be balance billed.</p><p>If you get other services at these in-network facilities, "
            "out-of-network providers can’t balance bill you, unless you give written consent and give up your "
            "protections.</p><p><strong>You’re never required to give up your protections from balance billing. You "
            "also aren’t required to get care out-of-network. You can choose a provider or facility in your plan’s "
            "network.</strong></p><h3>When balance billing isn’t allowed, you also have the following "
            "protections:</h3><ul><li>You are only responsible for paying your share of the cost (like the "
            "copayments, coinsurance, and deductibles that you would pay if the provider or facility was "
            "in-network). Your health plan will pay out-of-network providers and facilities directly.</li><li>Your "
            "health plan generally must: <ul><li>Cover emergency services without requiring you to get approval for "
            "services in advance (prior authorization).</li><li>Cover emergency services by out-of-network "
            "providers.</li><li>Base what you owe the provider or facility (cost-sharing) on what it would pay an "
            "in-network provider or facility and show that amount in your explanation of benefits.</li><li>Count any "
            "amount you pay for emergency services or out-of-network services toward your deductible and "
            "out-of-pocket limit.</li></ul></li></ul><h3>California law also protects you</h3><p>California law also "
            "protects people in state-regulated health plans from surprise medical bills. For example, it generally "
            "protects you when you get emergency services, and when you get care at an in-network facility (such as "
            "a hospital, lab, or imaging center) from a provider who is not in your plan’s network. In those cases, "
            "the provider generally cannot bill you more than your in-network cost sharing. The details depend on "
            "your health plan and which law applies to it. If you are not sure, ask your health plan.</p><ul><li>"
            'California Department of Managed Health Care Help Center: <a href="tel:+18884662219">1-888-466-2219</a>'
            ', <a href="https://www.dmhc.ca.gov">www.dmhc.ca.gov</a></li><li>California Department of Insurance: <a '
            'href="tel:+18009274357">1-800-927-4357</a>, <a href="https://www.insurance.ca.gov">'
            "www.insurance.ca.gov</a></li></ul><h3>If you have Medicare or Medi-Cal</h3><p>The protections above are "
            "mainly for people with private health insurance. Medicare and Medi-Cal have their own rules that limit "
            "what you can be billed. If you have questions about a bill, call us.</p><h3>If you believe you’ve been "
            'wrongly billed</h3><p>Call us first at <a href="tel:+16195430144">619-543-0144</a> (TTY 711) or email '
            '<a href="mailto:billing@example.com">billing@example.com</a>. You can also contact the No Surprises '
            'Help Desk at <a href="tel:+18009853059">1-800-985-3059</a>. Visit <a '
            'href="https://www.cms.gov/nosurprises">www.cms.gov/nosurprises</a> for more information about your '
            "rights under federal law.</p>"
        ),
        "body_es": (
            "<p>Cuando recibe atención de emergencia o le atiende un proveedor fuera de la red en un hospital o "
            "centro quirúrgico ambulatorio de la red, tiene protección contra la facturación sorpresa o la facturación "
            "de saldos.</p><h3>¿Qué es la “facturación de saldos” (que a veces se conoce como “facturación "
            "sorpresa”)?</h3><p>Cuando va a un médico u otro proveedor de atención médica, es posible que deba pagar "
            "ciertos costos de su bolsillo, como un copago, un coseguro o un deducible. Es posible que tenga otros "
            "costos o que tenga que pagar toda la factura si va a un proveedor o a un centro de atención médica que no "
            "está en la red de su plan de salud.</p><p>“Fuera de la red” describe a los proveedores y centros que no "
            "han firmado un contrato con su plan de salud. Es posible que a los proveedores fuera de la red se les "
            "permita cobrarle la diferencia entre lo que su plan acordó pagar y el monto total que se cobra por un "
            "servicio. Esto se llama “facturación de saldos”. Es probable que este monto sea mayor que los costos "
            "dentro de la red por el mismo servicio y que no cuente para su límite anual de gastos de su "
            "bolsillo.</p><p>La “facturación sorpresa” es una factura de saldo inesperada. Esto puede pasar cuando "
            "usted no puede controlar quién participa en su atención, como cuando tiene una emergencia o cuando "
            "programa una cita en un centro de la red, pero inesperadamente le atiende un proveedor fuera de la "
            "red.</p><h3>Usted tiene protección contra la facturación de saldos en estos casos:</h3><h4>Servicios de "
            "emergencia</h4><p>Si tiene una afección médica de emergencia y recibe servicios de emergencia de un "
            "proveedor o centro fuera de la red, lo máximo que el proveedor o el centro le puede cobrar es el monto de "
            "costo compartido dentro de la red de su plan (como copagos y coseguros). No se le puede facturar el saldo "
            "por estos servicios de emergencia. Esto incluye los servicios que pueda recibir después de que su "
            "condición sea estable, a menos que usted dé su consentimiento por escrito y renuncie a su protección "
            "contra la facturación de saldos por estos servicios posteriores a la estabilización.</p><h4>Ciertos "
            "servicios en un hospital o centro quirúrgico ambulatorio de la red</h4><p>Cuando recibe servicios en un "
            "hospital o centro quirúrgico ambulatorio de la red, es posible que algunos proveedores que trabajan allí "
            "estén fuera de la red. En estos casos, lo máximo que esos proveedores le pueden cobrar es el monto de "
            "costo compartido dentro de la red de su plan. Esto se aplica a los servicios de medicina de emergencia, "
            "anestesia, patología, radiología, laboratorio, neonatología, cirujano asistente, médico hospitalista o "
            "médico de cuidados intensivos. Estos proveedores no le pueden facturar el saldo y no le pueden pedir que "
            "renuncie a su protección contra la facturación de saldos.</p><p>Si recibe otros servicios en estos "
            "centros de la red, los proveedores fuera de la red no le pueden facturar el saldo, a menos que usted dé "
            "su consentimiento por escrito y renuncie a sus protecciones.</p><p><strong>Nunca tiene la obligación de "
            "renunciar a sus protecciones contra la facturación de saldos. Tampoco tiene la obligación de recibir "
            "atención fuera de la red. Puede elegir un proveedor o centro de la red de su plan.</strong></p><h3>Cuando "
            "no se permite la facturación de saldos, también tiene estas protecciones:</h3><ul><li>Solo es responsable "
            "de pagar su parte del costo (como los copagos, coseguros y deducibles que pagaría si el proveedor o el "
            "centro estuviera en la red). Su plan de salud les pagará directamente a los proveedores y centros fuera "
            "de la red.</li><li>Por lo general, su plan de salud debe: <ul><li>Cubrir los servicios de emergencia sin "
            "exigirle que obtenga una aprobación previa (autorización previa).</li><li>Cubrir los servicios de "
            "emergencia de proveedores fuera de la red.</li><li>Calcular lo que usted le debe al proveedor o al "
            "centro (costo compartido) según lo que le pagaría a un proveedor o centro de la red, y mostrar ese "
            "monto en su explicación de beneficios.</li><li>Contar cualquier monto que pague por servicios de "
            "emergencia o servicios fuera de la red para su deducible y su límite de gastos de su bolsillo.</li></ul>"
            "</li></ul><h3>La ley de California también le protege</h3><p>La ley de California también protege "
            "contra las facturas médicas sorpresa a las personas que tienen planes de salud regulados por el estado. "
            "Por ejemplo, por lo general le protege cuando recibe servicios de emergencia, y cuando recibe atención "
            "en un centro de la red (como un hospital, un laboratorio o un centro de imágenes) de un proveedor que "
            "no está en la red de su plan. En esos casos, por lo general el proveedor no le puede cobrar más que su "
            "costo compartido dentro de la red. Los detalles dependen de su plan de salud y de la ley que se le "
            "aplica. Si tiene dudas, pregúntele a su plan de salud.</p><ul><li>Centro de Ayuda del Departamento "
            'de Atención Médica Administrada de California: <a href="tel:+18884662219">1-888-466-2219</a>, <a '
            'href="https://www.dmhc.ca.gov">www.dmhc.ca.gov</a></li><li>Departamento de Seguros de California: <a '
            'href="tel:+18009274357">1-800-927-4357</a>, <a href="https://www.insurance.ca.gov">'
            "www.insurance.ca.gov</a></li></ul><h3>Si tiene Medicare o Medi-Cal</h3><p>Las protecciones de arriba "
            "son principalmente para personas con seguro médico privado. Medicare y Medi-Cal tienen sus propias "
            "reglas que limitan lo que se le puede cobrar. Si tiene preguntas sobre una factura, llámenos.</p><h3>Si "
            'cree que le facturaron por error</h3><p>Llámenos primero al <a href="tel:+16195430144">619-543-0144</a> '
            '(TTY 711) o escriba a <a href="mailto:billing@example.com">billing@example.com</a>. También puede '
            'comunicarse con el Centro de Ayuda No Surprises al <a href="tel:+18009853059">1-800-985-3059</a>. '
            'Visite <a href="https://www.cms.gov/nosurprises">www.cms.gov/nosurprises</a> para obtener más '
            "información sobre sus derechos según la ley federal.</p>"
        ),
        "contact_title_en": "Billing questions: Practice Manager",
        "contact_title_es": "Preguntas sobre facturación: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "billing@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
    {
        "kind": "open_payments",
        "name_en": "Open Payments Database",
        "name_es": "Base de datos Open Payments",
        "slug_en": "open-payments",
        "slug_es": "base-de-datos-open-payments",
        "summary_en": (
            "The federal Open Payments database shows payments from drug and device companies to physicians and "
            "teaching hospitals. It can be found at openpaymentsdata.cms.gov."
        ),
        "summary_es": (
            "La base de datos federal Open Payments muestra los pagos de compañías de medicamentos y dispositivos a "
            "médicos y hospitales docentes. Se encuentra en openpaymentsdata.cms.gov."
        ),
        "body_en": (
            "<p>For informational purposes only, a link to the federal Centers for Medicare and Medicaid Services "
            "(CMS) Open Payments web page is provided here. The federal Physician Payments Sunshine Act requires "
            "that detailed information about payment and other payments of value worth over ten dollars ($10) from "
            "manufacturers of drugs, medical devices, and biologics to physicians and teaching hospitals be made "
            'available to the public.</p><p>Open Payments database: <a href="https://openpaymentsdata.cms.gov">'
            "https://openpaymentsdata.cms.gov</a></p><p>The Open Payments database is a federal tool used to search "
            "payments made by drug and device companies to physicians and teaching hospitals. It can be found at <a "
            'href="https://openpaymentsdata.cms.gov">https://openpaymentsdata.cms.gov</a>.</p>'
        ),
        "body_es": (
            "<p>Solo con fines informativos, aquí se proporciona un enlace a la página web Open Payments de los "
            "Centros de Servicios de Medicare y Medicaid (CMS) federales. La ley federal Physician Payments Sunshine "
            "Act (Ley de Transparencia de Pagos a Médicos) exige que se ponga a disposición del público información "
            "detallada sobre los pagos y otros pagos de valor superior a diez dólares ($10) que los fabricantes de "
            "medicamentos, dispositivos médicos y productos biológicos hacen a médicos y hospitales docentes.</p><p>"
            'Base de datos Open Payments: <a href="https://openpaymentsdata.cms.gov">'
            "https://openpaymentsdata.cms.gov</a></p><p>La base de datos Open Payments es una herramienta federal "
            "que sirve para buscar los pagos que las compañías de medicamentos y dispositivos hacen a médicos y "
            'hospitales docentes. Se encuentra en <a href="https://openpaymentsdata.cms.gov">'
            "https://openpaymentsdata.cms.gov</a>.</p><p>Este texto es una traducción del aviso en inglés que exige "
            "la ley de California.</p>"
        ),
        "contact_title_en": "Questions about this notice: Practice Manager",
        "contact_title_es": "Preguntas sobre este aviso: gerente de la práctica",
        "contact_phone": PHONE,
        "contact_email": "info@example.com",
        "contact_address": ADDRESS,
        "effective_date": EFFECTIVE_DATE,
    },
]
