use crate::domain::customer::{Cloud, Relationship};
use crate::domain::service::{ServiceFamily, SubscriptionStatus};
use crate::i18n::ServiceStrings;

pub const SERVICES: ServiceStrings = ServiceStrings {
    service_management_title: "Управление службами",

    service_management_heading: |name| format!("{name} – управление службами"),
    customer_details_heading: "Сведения о клиенте",
    primary_domain_label: "Основной домен",
    other_domains_label: "Другие домены",
    tenant_id_label: "Идентификатор клиента",
    relationship_label: "Отношения",
    cloud_label: "Облако",
    cloud_name: |cloud| match cloud {
        Cloud::Global => "Глобальное",
        Cloud::Germany => "Облако Microsoft для Германии",
    },
    relationship_name: |relationship| match relationship {
        Relationship::Reseller => "Торговый посредник".to_owned(),
        Relationship::Advisor => "Консультант".to_owned(),
        Relationship::None => "Нет отношений".to_owned(),
        Relationship::Other(sent) => sent.clone(),
    },
    germany_note: "Этот клиент находится в облаке Microsoft для Германии, отдельном национальном облаке. Его запросы на обслуживание подаются в Центре партнеров для облака Microsoft в Германии.",
    view_customer_requests: "Запросы на обслуживание этого клиента",
    view_own_requests: "Ваши собственные запросы на обслуживание",
    own_organization_notice_title: "Ваши собственные подписки не входят в преимущество поддержки CSP",
    own_organization_notice_body: "Для запроса о собственных подписках нужен ваш собственный действующий план поддержки. Форма запроса попросит его указать: идентификатор контракта MPN, план поддержки Premier или план поддержки Azure.",

    family_name: |family| match family {
        ServiceFamily::Azure => "Microsoft Azure",
        ServiceFamily::Office365 => "Office 365",
        ServiceFamily::DynamicsCrmOnline => "Microsoft Dynamics CRM Online",
        ServiceFamily::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
        ServiceFamily::OutOfScope => "Другие службы",
    },
    create_or_view_request: "Создать или просмотреть запрос на обслуживание",
    create_or_view_request_suffix: |family| format!(" для {family}"),
    subscriptions_caption: |family| format!("Подписки {family}"),
    column_subscription: "Подписка",
    column_offer: "Предложение",
    column_status: "Состояние",
    column_azure_id: "Идентификатор подписки Azure",
    subscription_status: |status| match status {
        SubscriptionStatus::None => "Нет состояния",
        SubscriptionStatus::Active => "Активна",
        SubscriptionStatus::Pending => "Ожидает",
        SubscriptionStatus::Suspended => "Приостановлена",
        SubscriptionStatus::Deleted => "Удалена",
        SubscriptionStatus::Unknown => "Неизвестно",
    },
    trial: "Пробная",
    out_of_scope_explanation: "Через Центр партнеров подаются запросы на обслуживание только для Azure, Office 365, Dynamics CRM Online и Enterprise Mobility Suite. По этим службам обращайтесь в службу поддержки Майкрософт напрямую.",
    no_in_scope_title: "Здесь нет служб, запросы по которым подаются через Центр партнеров",
    no_in_scope_body: "Здесь нет подписок Azure, Office 365, Dynamics CRM Online или Enterprise Mobility Suite, поэтому подать запрос на обслуживание через Центр партнеров нельзя.",
    no_subscriptions: "Подписок нет.",

    customer_not_found_title: "Клиент не найден",
    customer_not_found_body: |id| {
        format!("Клиента с идентификатором «{id}» нет. Проверьте адрес или выберите клиента в списке.")
    },
    back_to_customers: "К списку клиентов",
};
