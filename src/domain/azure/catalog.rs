//! The problem classifications the Azure "New support request" form offers: per service for
//! technical issues, and one list each for billing, subscription management and quotas.
//! Ids are this desk's own stable slugs; a backend adapter maps them to Azure's GUIDs.

use super::{AzureService, CatalogLabel, IssueType, ProblemType};
use CatalogLabel::*;

/// The Azure services a technical request can be about, in the order the picker lists them.
pub fn azure_services() -> &'static [AzureService] {
    SERVICES
}

/// A service by id (exact, as stored in forms).
pub fn azure_service(id: &str) -> Option<&'static AzureService> {
    SERVICES.iter().find(|s| s.id == id)
}

/// The problem types for an issue type. Technical ones depend on the service (none for an
/// unknown or missing service); the others ignore it.
pub fn problem_types_for(
    issue_type: IssueType,
    service_id: Option<&str>,
) -> &'static [ProblemType] {
    match issue_type {
        IssueType::Technical => service_id
            .and_then(azure_service)
            .map_or(&[], |service| service.problem_types),
        IssueType::Billing => BILLING,
        IssueType::SubscriptionManagement => SUBSCRIPTION_MANAGEMENT,
        IssueType::ServiceAndSubscriptionLimits => QUOTAS,
    }
}

/// A problem type by id within [`problem_types_for`].
pub fn find_problem_type(
    issue_type: IssueType,
    service_id: Option<&str>,
    problem_type_id: &str,
) -> Option<&'static ProblemType> {
    problem_types_for(issue_type, service_id)
        .iter()
        .find(|p| p.id == problem_type_id)
}

const fn problem(
    id: &'static str,
    label: CatalogLabel,
    subtypes: &'static [(&'static str, CatalogLabel)],
) -> ProblemType {
    ProblemType {
        id,
        label,
        subtypes,
    }
}

const VM_PERFORMANCE: ProblemType = problem(
    "performance",
    VmPerformance,
    &[
        ("high-cpu", HighCpu),
        ("high-memory", HighMemory),
        ("slow-disk", SlowDisk),
    ],
);

const SERVICES: &[AzureService] = &[
    AzureService {
        id: "virtual-machine-windows",
        label: VirtualMachineWindows,
        problem_types: &[
            problem(
                "cannot-connect",
                CannotConnect,
                &[
                    ("rdp", Rdp),
                    ("network", Network),
                    ("password-reset", PasswordReset),
                ],
            ),
            problem(
                "start-stop",
                StartStop,
                &[
                    ("fails-to-start", FailsToStart),
                    ("unexpected-restart", UnexpectedRestart),
                    ("stuck-stopping", StuckStopping),
                ],
            ),
            VM_PERFORMANCE,
            problem(
                "extensions",
                Extensions,
                &[
                    ("install-fails", InstallFails),
                    ("agent-not-ready", AgentNotReady),
                ],
            ),
        ],
    },
    AzureService {
        id: "virtual-machine-linux",
        label: VirtualMachineLinux,
        problem_types: &[
            problem(
                "cannot-connect",
                CannotConnect,
                &[
                    ("ssh", Ssh),
                    ("network", Network),
                    ("password-reset", PasswordOrSshKeyReset),
                ],
            ),
            problem(
                "start-stop",
                StartStop,
                &[
                    ("fails-to-boot", FailsToBoot),
                    ("unexpected-restart", UnexpectedRestart),
                ],
            ),
            VM_PERFORMANCE,
        ],
    },
    AzureService {
        id: "app-service-web-apps",
        label: AppServiceWebApps,
        problem_types: &[
            problem(
                "availability",
                Availability,
                &[
                    ("http-5xx", Http5xx),
                    ("app-down", AppDown),
                    ("slow-responses", SlowResponses),
                ],
            ),
            problem(
                "deployment",
                Deployment,
                &[
                    ("zip-deploy", ZipDeploy),
                    ("git-deploy", GitDeploy),
                    ("slots", Slots),
                ],
            ),
            problem(
                "domains-certificates",
                DomainsCertificates,
                &[
                    ("custom-domain", CustomDomain),
                    ("tls-certificate", TlsCertificate),
                ],
            ),
        ],
    },
    AzureService {
        id: "sql-database",
        label: SqlDatabase,
        problem_types: &[
            problem(
                "connectivity",
                Connectivity,
                &[
                    ("login-failed", LoginFailed),
                    ("timeouts", Timeouts),
                    ("firewall", FirewallRules),
                ],
            ),
            problem(
                "performance",
                QueryPerformance,
                &[
                    ("slow-queries", SlowQueries),
                    ("resource-limits", ResourceLimits),
                ],
            ),
            problem(
                "backup-restore",
                BackupRestore,
                &[
                    ("point-in-time", PointInTime),
                    ("geo-restore", GeoRestore),
                    ("deleted-database", DeletedDatabase),
                ],
            ),
        ],
    },
    AzureService {
        id: "storage-account",
        label: StorageAccount,
        problem_types: &[
            problem(
                "blob",
                Blob,
                &[
                    ("cannot-access", CannotAccess),
                    ("data-recovery", DataRecovery),
                ],
            ),
            problem(
                "files",
                Files,
                &[("mount-fails", MountFails), ("slow-share", SlowShare)],
            ),
            problem(
                "access",
                Access,
                &[
                    ("sas", Sas),
                    ("firewall", FirewallsAndNetworks),
                    ("keys", Keys),
                ],
            ),
        ],
    },
    AzureService {
        id: "virtual-network",
        label: VirtualNetwork,
        problem_types: &[
            problem(
                "connectivity",
                Connectivity,
                &[
                    ("vm-to-vm", VmToVm),
                    ("peering", Peering),
                    ("internet", Internet),
                ],
            ),
            problem(
                "vpn-gateway",
                VpnGateway,
                &[("tunnel-down", TunnelDown), ("point-to-site", PointToSite)],
            ),
            problem(
                "dns",
                Dns,
                &[("custom-dns", CustomDns), ("private-dns", PrivateDns)],
            ),
        ],
    },
    AzureService {
        id: "kubernetes-service",
        label: KubernetesService,
        problem_types: &[
            problem(
                "create-upgrade",
                CreateUpgrade,
                &[
                    ("create-fails", CreateFails),
                    ("upgrade-fails", UpgradeFails),
                ],
            ),
            problem(
                "nodes",
                Nodes,
                &[("not-ready", NotReady), ("scaling", Scaling)],
            ),
            problem(
                "networking",
                Networking,
                &[
                    ("ingress", Ingress),
                    ("dns", ClusterDns),
                    ("egress", Egress),
                ],
            ),
        ],
    },
    AzureService {
        id: "backup",
        label: Backup,
        problem_types: &[
            problem(
                "vm-backup",
                VmBackup,
                &[("job-fails", JobFails), ("slow", Slow)],
            ),
            problem(
                "restore",
                Restore,
                &[
                    ("restore-fails", RestoreFails),
                    ("file-recovery", FileRecovery),
                ],
            ),
            problem(
                "mars-agent",
                MarsAgent,
                &[
                    ("registration", Registration),
                    ("agent-job-fails", AgentJobFails),
                ],
            ),
        ],
    },
];

const BILLING: &[ProblemType] = &[
    problem(
        "invoice",
        Invoice,
        &[
            ("unexpected-charges", UnexpectedCharges),
            ("invoice-copy", InvoiceCopy),
        ],
    ),
    problem(
        "refund",
        Refund,
        &[
            ("service-outage", ServiceOutage),
            ("accidental-deployment", AccidentalDeployment),
        ],
    ),
    problem("credits", Credits, &[]),
    problem("cost-management", CostManagement, &[]),
];

const SUBSCRIPTION_MANAGEMENT: &[ProblemType] = &[
    problem(
        "disabled",
        Disabled,
        &[("reactivate", Reactivate), ("why-disabled", WhyDisabled)],
    ),
    problem(
        "transfer",
        Transfer,
        &[
            ("change-directory", ChangeDirectory),
            ("move-resources", MoveResources),
        ],
    ),
    problem("cancel", Cancel, &[]),
    problem("rename", Rename, &[]),
];

const QUOTAS: &[ProblemType] = &[
    problem(
        "compute-vcpu",
        ComputeVcpu,
        &[
            ("regional", Regional),
            ("vm-series", VmSeries),
            ("spot", Spot),
        ],
    ),
    problem("storage-accounts", StorageAccounts, &[]),
    problem(
        "networking",
        Networking,
        &[("public-ip", PublicIp), ("vnets", Vnets)],
    ),
    problem("sql-database", SqlDatabaseQuota, &[]),
    problem("app-service", AppService, &[]),
];
