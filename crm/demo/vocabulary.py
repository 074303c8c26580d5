"""Word lists the demo generator draws from."""

FIRST_NAMES = (
    "Alejandro", "Lucía", "Javier", "María", "Pablo", "Carmen", "Sergio", "Laura", "David", "Paula", "Daniel",
    "Marta", "Carlos", "Elena", "Adrián", "Sara", "Álvaro", "Andrea", "Jorge", "Cristina", "Raúl", "Nuria",
    "Iván", "Irene", "Rubén", "Beatriz", "Óscar", "Silvia", "Héctor", "Patricia", "Marc", "Montserrat", "Jordi",
    "Núria", "Iker", "Ane", "Unai", "Leire", "Xabier", "Aitana", "Hugo", "Noelia", "Diego", "Rocío", "Mario",
    "Inés", "Gonzalo", "Clara", "Íñigo", "Alba", "Manuel", "Lorena", "Víctor", "Julia", "Fernando", "Ángela",
    "Borja", "Eva", "Guillermo", "Alicia", "Mehmet", "Ana", "Wei", "Omar", "Sean", "Olga", "Andrei", "Fatima",
)
LAST_NAMES = (
    "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias",
    "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez",
    "Cruz", "Calvo", "Gallego", "Vidal", "Puig", "Ferrer", "Soler", "Etxeberria", "Aguirre", "Ibáñez", "Peña",
)
CITIES = (
    ("Madrid", 30), ("Barcelona", 22), ("Valencia", 9), ("Sevilla", 6), ("Málaga", 6), ("Bilbao", 5),
    ("Zaragoza", 4), ("Alicante", 3), ("A Coruña", 3), ("Valladolid", 2), ("Granada", 2), ("Murcia", 2),
    ("Palma", 2), ("San Sebastián", 2), ("Oviedo", 1), ("Vigo", 1), ("Pamplona", 1), ("Santander", 1),
)
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.es", "yahoo.es", "protonmail.com", "icloud.com")
STACKS = {
    "Python": (("Python", "Django", "FastAPI", "PostgreSQL", "Celery", "Docker", "AWS", "Redis", "Flask", "Kafka"),
               ("Backend Developer", "Python Developer", "Backend Engineer", "Software Engineer")),
    "Java": (("Java", "Spring Boot", "Hibernate", "Kafka", "Oracle", "Microservices", "Kubernetes", "PostgreSQL",
              "Maven", "Docker"),
             ("Java Developer", "Backend Developer", "Software Engineer", "Java Architect")),
    "Ruby": (("Ruby", "Ruby on Rails", "PostgreSQL", "Redis", "Sidekiq", "Docker", "AWS", "RSpec"),
             ("Ruby Developer", "Rails Developer", "Backend Engineer")),
    "PHP": (("PHP", "Laravel", "Symfony", "MySQL", "Docker", "Redis", "Vue.js", "REST APIs"),
            ("PHP Developer", "Backend Developer", "Full Stack Developer")),
    "Go": (("Go", "Kubernetes", "gRPC", "PostgreSQL", "Kafka", "Docker", "AWS", "Terraform", "Microservices"),
           ("Go Developer", "Backend Engineer", "Platform Engineer", "SRE")),
    "Node": (("Node.js", "TypeScript", "JavaScript", "MongoDB", "PostgreSQL", "GraphQL", "AWS", "Docker", "NestJS"),
             ("Node.js Developer", "Backend Developer", "Full Stack Developer")),
    ".NET": ((".NET", "C#", "SQL Server", "Azure", "Microservices", "Docker", "Entity Framework"),
             (".NET Developer", "Backend Developer", "Software Engineer")),
}
CURRENT_COMPANIES = (
    "Indra", "Accenture", "NTT Data", "Sopra Steria", "Capgemini", "Everis", "Glovo", "Cabify", "Idealista",
    "Wallapop", "Jobandtalent", "Typeform", "Travelperk", "Factorial", "Letgo", "Fever", "Ulabox", "Holaluz",
    "BBVA Next", "Santander Tech", "CaixaBank Tech", "Telefónica", "Vodafone", "Amadeus", "Inditex Tech",
    "Mercadona Tech", "Freelance", "Paradigma Digital", "Plain Concepts", "Viewnext",
)
CLIENTS = (
    ("Banco Meridiano S.A.", "Banking", "Madrid"), ("Caja Levante Digital S.L.", "Banking", "Valencia"),
    ("Seguros Atlántico S.A.", "Insurance", "Madrid"), ("Paygate Fintech S.L.", "Fintech", "Barcelona"),
    ("Rutalia Logística S.L.", "Logistics", "Zaragoza"), ("Acme Tech S.L.", "Software", "Madrid"),
    ("Nubeo Cloud S.L.", "Cloud", "Barcelona"), ("Quanta Consulting S.L.", "Consultancy", "Madrid"),
    ("Vitalia Salud S.A.", "Health", "Sevilla"), ("Energía Verde Iberia S.L.", "Energy", "Bilbao"),
    ("Tiquetea S.L.", "Start-up", "Málaga"), ("Mercasur Retail S.A.", "Retail", "Valencia"),
    ("Heliox Games S.L.", "Games", "Barcelona"), ("Datamar Analytics S.L.", "Data", "A Coruña"),
    ("Orbital Mobility S.L.", "Start-up", "Madrid"), ("Telco Norte S.A.", "Telecom", "Bilbao"),
)
CONTACT_TITLES = ("CTO", "Engineering Manager", "Head of Talent", "HR Business Partner", "VP Engineering")
SOURCES = ("LinkedIn", "InfoJobs", "Referral", "GitHub", "Tecnoempleo", "Meetup", "Website", "Manfred")
SUMMARIES = (
    "Solid backend profile, strong on APIs and testing; clear communicator.",
    "Has led a small team; looking for a product company with remote flexibility.",
    "Good fundamentals, wants to move from consultancy to product.",
    "Strong on distributed systems and observability; pragmatic.",
    "Experience in high-traffic platforms; interested in fintech.",
    "Very good technical interview; prefers hybrid in Madrid.",
)
NOTES = (
    "Called on Monday, prefers email contact.",
    "Counter-offer risk: current employer promised a raise.",
    "Do not present to Quanta again (left on bad terms).",
    "Open to relocation to Barcelona.",
    "Interviewing with two other agencies.",
    "",
)
