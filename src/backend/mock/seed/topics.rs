//! The support-topic catalogue, per in-scope family, grouped in categories as the "Create
//! service request" page shows them; common topics first, the rest behind "More...".

use crate::domain::{ServiceFamily, SupportTopic};
use crate::locale::Locale;

/// (family, category, name, common). Ids are assigned in order from Partner Center's range.
#[rustfmt::skip]
const TOPICS: &[(ServiceFamily, &str, &str, bool)] = {
    use ServiceFamily::*;
    &[
        (Office365, "Exchange Online", "Mail flow and delivery", true),
        (Office365, "Exchange Online", "Mailbox access and Outlook connectivity", true),
        (Office365, "Exchange Online", "Spam, phishing and quarantine", false),
        (Office365, "Exchange Online", "Migration to Exchange Online", false),
        (Office365, "SharePoint Online", "Sites, pages and permissions", false),
        (Office365, "SharePoint Online", "Search and metadata", false),
        (Office365, "Teams and Skype for Business", "Meetings, calls and audio quality", true),
        (Office365, "Teams and Skype for Business", "Chat, channels and presence", false),
        (Office365, "Teams and Skype for Business", "Phone system and calling plans", false),
        (Office365, "OneDrive", "File sync", false),
        (Office365, "OneDrive", "Sharing and external access", false),
        (Office365, "Identity and access", "Sign-in and multi-factor authentication", true),
        (Office365, "Identity and access", "Directory synchronisation (Azure AD Connect)", false),
        (Office365, "Identity and access", "Cannot manage my profile", false),
        (Office365, "Billing", "Invoice or charge question", true),
        (Office365, "Billing", "Refund or credit", false),
        (Office365, "Subscription management", "Licences and assignments", true),
        (Office365, "Subscription management", "Trial, renewal or cancellation", false),
        (Office365, "Subscription management", "Partner Center issues", false),
        (Office365, "Office apps", "Installation and activation", false),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Sign-in and access", true),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Performance and availability", true),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Customisation and workflows", false),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Outlook and e-mail integration", false),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Data import and export", false),
        (DynamicsCrmOnline, "Billing", "Licensing question", true),
        (DynamicsCrmOnline, "Subscription management", "Instance provisioning or copy", false),
        (EnterpriseMobilitySuite, "Intune", "Device enrollment", true),
        (EnterpriseMobilitySuite, "Intune", "App protection and deployment", true),
        (EnterpriseMobilitySuite, "Intune", "Compliance and configuration policies", false),
        (EnterpriseMobilitySuite, "Azure Active Directory Premium", "Conditional access", true),
        (EnterpriseMobilitySuite, "Azure Active Directory Premium", "Self-service password reset", false),
        (EnterpriseMobilitySuite, "Azure Information Protection", "Labels and protection", false),
        (EnterpriseMobilitySuite, "Billing", "Licensing question", false),
        (Azure, "Technical", "Virtual machine not starting or not reachable", true),
        (Azure, "Technical", "Networking and connectivity", true),
        (Azure, "Technical", "Storage and backup", false),
        (Azure, "Technical", "App Service and Functions", false),
        (Azure, "Billing", "Unexpected charges", true),
        (Azure, "Billing", "Credits and spending limits", false),
        (Azure, "Subscription management", "Transfer or cancel a subscription", false),
        (Azure, "Service and subscription limits (quotas)", "Increase a compute (vCPU) quota", true),
    ]
};

/// The topics' names in Russian, in the order of [`TOPICS`], as Partner Center gives the
/// catalogue to a partner whose locale is Russian.
#[rustfmt::skip]
const RUSSIAN_NAMES: [&str; TOPICS.len()] = [
    "Поток и доставка почты",
    "Доступ к почтовому ящику и подключение Outlook",
    "Нежелательная почта, фишинг и карантин",
    "Миграция в Exchange Online",
    "Сайты, страницы и разрешения",
    "Поиск и метаданные",
    "Собрания, звонки и качество звука",
    "Чат, каналы и статус присутствия",
    "Телефонная система и планы звонков",
    "Синхронизация файлов",
    "Общий доступ и внешние пользователи",
    "Вход и многофакторная проверка подлинности",
    "Синхронизация каталогов (Azure AD Connect)",
    "Не удаётся управлять своим профилем",
    "Вопрос о счёте или списании",
    "Возврат средств или кредит",
    "Лицензии и их назначение",
    "Пробная версия, продление или отмена",
    "Проблемы с Центром партнеров",
    "Установка и активация",
    "Вход и доступ",
    "Производительность и доступность",
    "Настройка и рабочие процессы",
    "Интеграция с Outlook и электронной почтой",
    "Импорт и экспорт данных",
    "Вопрос о лицензировании",
    "Подготовка или копирование экземпляра",
    "Регистрация устройств",
    "Защита и развёртывание приложений",
    "Политики соответствия и конфигурации",
    "Условный доступ",
    "Самостоятельный сброс пароля",
    "Метки и защита",
    "Вопрос о лицензировании",
    "Виртуальная машина не запускается или недоступна",
    "Сеть и подключение",
    "Хранилище и резервное копирование",
    "Служба приложений и Функции Azure",
    "Непредвиденные списания",
    "Кредиты и лимиты расходов",
    "Перенос или отмена подписки",
    "Увеличение квоты на вычисления (vCPU)",
];

/// A category's name in Russian; product names stay as they are.
fn russian_category(category: &str) -> &str {
    match category {
        "Teams and Skype for Business" => "Teams и Skype для бизнеса",
        "Identity and access" => "Удостоверения и доступ",
        "Billing" => "Выставление счетов",
        "Subscription management" => "Управление подписками",
        "Office apps" => "Приложения Office",
        "Technical" => "Технические вопросы",
        "Service and subscription limits (quotas)" => "Ограничения службы и подписки (квоты)",
        product => product,
    }
}

const FIRST_ID: u32 = 32_444_667;

/// The topics of one family, in catalogue order, named in `locale`'s language (the ids are
/// the same in every language).
pub fn support_topics(family: ServiceFamily, locale: Locale) -> Vec<SupportTopic> {
    TOPICS
        .iter()
        .zip(RUSSIAN_NAMES)
        .zip(FIRST_ID..)
        .filter(|((&(topic_family, ..), _), _)| topic_family == family)
        .map(|((&(family, category, name, common), russian), id)| {
            let (category, name) = match locale {
                Locale::English => (category, name),
                Locale::Russian => (russian_category(category), russian),
            };
            SupportTopic {
                id: id.to_string(),
                name: name.to_owned(),
                // A card shows the name under its category: a description that said them again
                // ("Office 365 – Exchange Online: Mail flow and delivery.") would only add noise.
                description: String::new(),
                category: category.to_owned(),
                family,
                common,
            }
        })
        .collect()
}
