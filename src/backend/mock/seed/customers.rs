//! The demo's customers: many countries and scripts, both clouds, every kind of service mix.

use super::subscriptions::Profile;
use crate::domain::Cloud;

pub struct SeedCustomer {
    pub name: &'static str,
    pub domain: &'static str,
    pub other_domains: &'static [&'static str],
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    pub cloud: Cloud,
    pub advisor: bool,
    pub profile: Profile,
}

const fn c(
    name: &'static str,
    domain: &'static str,
    other_domains: &'static [&'static str],
    country: &'static str,
    profile: Profile,
) -> SeedCustomer {
    SeedCustomer {
        name,
        domain,
        other_domains,
        country,
        cloud: Cloud::Global,
        advisor: false,
        profile,
    }
}

/// A customer in Microsoft Cloud Germany.
const fn de(
    name: &'static str,
    domain: &'static str,
    other_domains: &'static [&'static str],
) -> SeedCustomer {
    SeedCustomer {
        name,
        domain,
        other_domains,
        country: "DE",
        cloud: Cloud::Germany,
        advisor: false,
        profile: Profile::Germany,
    }
}

/// A customer for whom the partner is an advisor, not a reseller.
const fn advisor(customer: SeedCustomer) -> SeedCustomer {
    SeedCustomer {
        advisor: true,
        ..customer
    }
}

use Profile::*;

#[rustfmt::skip]
pub const CUSTOMERS: &[SeedCustomer] = &[
    c("Contoso GmbH", "contoso.onmicrosoft.com", &["contoso.de", "contoso.com"], "DE", Full),
    c("Рога и копыта", "rogaikopyta.onmicrosoft.com", &["rogaikopyta.ru"], "RU", BusinessPremium),
    de("Müller & Söhne Straßenbau GmbH", "muellersoehne.onmicrosoft.de", &["mueller-soehne.de"]),
    c("Fabrikam, Inc.", "fabrikam.com", &["fabrikam.onmicrosoft.com"], "US", AzureAndOffice),
    c("Northwind Traders", "northwindtraders.onmicrosoft.com", &[], "GB", NotInScope),
    c("Łódzka Spółdzielnia Mleczarska", "lodzkasm.onmicrosoft.com", &["lodzka-sm.pl"], "PL", BusinessPremium),
    c("Château Lumière SARL", "chateau-lumiere.fr", &["chateaulumiere.onmicrosoft.com"], "FR", Office365E3),
    c("Bäckerei Größl KG", "baeckerei-groessl.de", &["groessl.onmicrosoft.com"], "DE", Office365E1Trial),
    c("Weiß & Fuchs Rechtsanwälte", "weiss-fuchs.de", &["weissfuchs.onmicrosoft.com"], "DE", Crm),
    c("Grünwald Immobilien AG", "gruenwald.onmicrosoft.com", &["gruenwald-immobilien.de"], "DE", Ems),
    c("Schäfer Maschinenbau GmbH", "schaefer-maschinenbau.de", &["schaefermb.onmicrosoft.com"], "DE", Azure),
    de("Jäger Fensterbau GmbH", "jaegerfenster.onmicrosoft.de", &["jaeger-fensterbau.de"]),
    de("Öko-Hof Birkenhain", "oekohof.onmicrosoft.de", &[]),
    c("Straßburger Druckerei e.K.", "strassburger-druck.de", &["strassburgerdruck.onmicrosoft.com"], "DE", Lapsed),
    c("Boulangerie Épi d'Or", "epidor.onmicrosoft.com", &["epi-dor.fr"], "FR", BusinessPremium),
    c("Crème & Café SAS", "creme-et-cafe.fr", &["cremecafe.onmicrosoft.com"], "FR", Office365E3),
    c("Hôtel Les Deux Rivières", "deuxrivieres.onmicrosoft.com", &[], "FR", Office365E1Trial),
    c("Zakład Usług Żeglugowych Gdańsk", "zuzgdansk.onmicrosoft.com", &["zuz-gdansk.pl"], "PL", AzureAndOffice),
    c("Przedsiębiorstwo Ślusarskie Wrocław", "pswroclaw.onmicrosoft.com", &[], "PL", Office365E3),
    c("Pražská účetní kancelář s.r.o.", "prazskauk.onmicrosoft.com", &["prazska-uk.cz"], "CZ", BusinessPremium),
    c("Řeznictví Dvořák", "reznictvidvorak.onmicrosoft.com", &["dvorak-maso.cz"], "CZ", NotInScope),
    c("Ærø Skibsværft ApS", "aeroeskibsvaerft.onmicrosoft.com", &["aeroe-skib.dk"], "DK", Azure),
    c("Bjørnstad Økonomi AS", "bjornstad.onmicrosoft.com", &["bjornstad-okonomi.no"], "NO", Office365E3),
    c("Åkerlund & Söner AB", "akerlund.onmicrosoft.com", &["akerlund-soner.se"], "SE", Crm),
    c("Järvenpää Kuljetus Oy", "jarvenpaakuljetus.onmicrosoft.com", &[], "FI", BusinessPremium),
    c("Þórsdóttir Ráðgjöf ehf.", "thorsdottir.onmicrosoft.com", &["thorsdottir.is"], "IS", Office365E1Trial),
    c("ООО «Северный ветер»", "severnyveter.onmicrosoft.com", &["sev-veter.ru"], "RU", AzureAndOffice),
    c("Сибирские Технологии", "sibtech.onmicrosoft.com", &["sibtech.ru"], "RU", Full),
    c("ТОВ «Київські Ліхтарі»", "kyivlights.onmicrosoft.com", &["kyiv-lights.com.ua"], "UA", Office365E3),
    c("Банкя Консулт ЕООД", "bankyaconsult.onmicrosoft.com", &[], "BG", Ems),
    c("株式会社さくら商事", "sakurashoji.onmicrosoft.com", &["sakura-shoji.co.jp"], "JP", Office365E3),
    c("東京ロボティクス株式会社", "tokyorobotics.onmicrosoft.com", &["tokyo-robotics.jp"], "JP", Azure),
    c("上海云帆科技有限公司", "yunfantech.onmicrosoft.com", &[], "CN", BusinessPremium),
    c("Αθηναϊκή Ναυτιλιακή Α.Ε.", "athensshipping.onmicrosoft.com", &["athens-shipping.gr"], "GR", AzureAndOffice),
    c("Çağdaş Yazılım A.Ş.", "cagdasyazilim.onmicrosoft.com", &["cagdas.com.tr"], "TR", Office365E3),
    c("Győri Gépgyár Kft.", "gyorigepgyar.onmicrosoft.com", &[], "HU", Lapsed),
    c("Viñedos Peñalver S.L.", "penalver.onmicrosoft.com", &["vinedos-penalver.es"], "ES", BusinessPremium),
    c("Açaí do Norte Ltda.", "acaidonorte.onmicrosoft.com", &["acainorte.com.br"], "BR", Office365E1Trial),
    advisor(c("Adventure Works Cycles", "adventure-works.com", &["adventureworks.onmicrosoft.com"], "US", Full)),
    c("Tailspin Toys", "tailspintoys.onmicrosoft.com", &["tailspintoys.com"], "US", Office365E3),
    c("Wide World Importers", "wideworldimporters.com", &["wwi.onmicrosoft.com"], "US", AzureAndOffice),
    c("Litware, Inc.", "litware.onmicrosoft.com", &[], "US", Crm),
    c("Proseware, Inc.", "proseware.com", &["proseware.onmicrosoft.com"], "CA", Ems),
    c("Woodgrove Bank", "woodgrovebank.com", &["woodgrove.onmicrosoft.com", "woodgrove.co.uk"], "GB", Full),
    c("Alpine Ski House", "alpineskihouse.onmicrosoft.com", &["alpineskihouse.ch"], "CH", BusinessPremium),
    c("Coho Winery", "cohowinery.onmicrosoft.com", &["cohowinery.com"], "US", NotInScope),
    c("Fourth Coffee", "fourthcoffee.com", &["fourthcoffee.onmicrosoft.com"], "US", Office365E1Trial),
    c("Lamna Healthcare Company", "lamnahealthcare.onmicrosoft.com", &["lamna.health"], "AU", Azure),
    c("Relecloud", "relecloud.com", &["relecloud.onmicrosoft.com"], "US", AzureAndOffice),
    advisor(c("Trey Research", "treyresearch.onmicrosoft.com", &["treyresearch.net"], "NZ", Office365E3)),
    c("Wingtip Toys", "wingtiptoys.onmicrosoft.com", &[], "IE", Lapsed),
    c("Blue Yonder Airlines", "blueyonderairlines.com", &["blueyonder.onmicrosoft.com"], "US", Crm),
    c("Margie's Travel", "margiestravel.onmicrosoft.com", &["margiestravel.com"], "GB", BusinessPremium),
    c("Consolidated Messenger", "consolidatedmessenger.com", &["consmsg.onmicrosoft.com"], "US", Office365E3),
    c("Graphic Design Institute", "graphicdesigninstitute.onmicrosoft.com", &[], "US", Office365E1Trial),
    c("Humongous Insurance", "humongousinsurance.com", &["humongous.onmicrosoft.com"], "US", Full),
    c("Lucerne Publishing", "lucernepublishing.onmicrosoft.com", &["lucernepublishing.ch"], "CH", Ems),
    c("VanArsdel, Ltd.", "vanarsdel.onmicrosoft.com", &["vanarsdelltd.com"], "US", Azure),
    c("A. Datum Corporation", "adatum.com", &["adatum.onmicrosoft.com"], "US", AzureAndOffice),
    c("Bellows College", "bellowscollege.onmicrosoft.com", &["bellowscollege.edu"], "US", Office365E3),
    c("Best For You Organics Company", "bestforyouorganics.onmicrosoft.com", &[], "US", BusinessPremium),
    c("Contoso Pharmaceuticals", "contosopharma.onmicrosoft.com", &["contoso-pharma.com"], "US", Crm),
    c("Southridge Video", "southridgevideo.onmicrosoft.com", &["southridgevideo.com"], "US", Lapsed),
    de("Kraftwerk Süd Energie AG", "kraftwerksued.onmicrosoft.de", &["kraftwerk-sued.de"]),
];
