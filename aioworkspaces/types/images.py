"""Images: create, copy, import, share and describe WorkSpace images."""

from __future__ import annotations

from datetime import datetime

from ._shape import WireEnum, member, shape
from .common import AssociationState, AssociationStateReason

__all__ = [
    "Application",
    "CustomImageProtocol",
    "CustomWorkspaceImageImportErrorDetails",
    "CustomWorkspaceImageImportState",
    "ErrorDetails",
    "ImageAssociatedResourceType",
    "ImageComputeType",
    "ImagePermission",
    "ImageResourceAssociation",
    "ImageSourceIdentifier",
    "ImageType",
    "ImageValidationMode",
    "OSVersion",
    "OperatingSystem",
    "OperatingSystemType",
    "Platform",
    "UpdateResult",
    "WorkspaceImage",
    "WorkspaceImageErrorDetailCode",
    "WorkspaceImageIngestionProcess",
    "WorkspaceImageRequiredTenancy",
    "WorkspaceImageState",
]


class Application(WireEnum):
    """The Application values the service knows."""

    MICROSOFT_OFFICE_2016 = "Microsoft_Office_2016"
    MICROSOFT_OFFICE_2019 = "Microsoft_Office_2019"


class CustomImageProtocol(WireEnum):
    """The CustomImageProtocol values the service knows."""

    PCOIP = "PCOIP"
    DCV = "DCV"
    BYOP = "BYOP"


class CustomWorkspaceImageImportState(WireEnum):
    """The CustomWorkspaceImageImportState values the service knows."""

    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    PROCESSING_SOURCE_IMAGE = "PROCESSING_SOURCE_IMAGE"
    IMAGE_TESTING_START = "IMAGE_TESTING_START"
    UPDATING_OPERATING_SYSTEM = "UPDATING_OPERATING_SYSTEM"
    IMAGE_COMPATIBILITY_CHECKING = "IMAGE_COMPATIBILITY_CHECKING"
    IMAGE_TESTING_GENERALIZATION = "IMAGE_TESTING_GENERALIZATION"
    CREATING_TEST_INSTANCE = "CREATING_TEST_INSTANCE"
    INSTALLING_COMPONENTS = "INSTALLING_COMPONENTS"
    GENERALIZING = "GENERALIZING"
    VALIDATING = "VALIDATING"
    PUBLISHING = "PUBLISHING"
    COMPLETED = "COMPLETED"
    ERROR = "ERROR"


class ImageAssociatedResourceType(WireEnum):
    """The ImageAssociatedResourceType values the service knows."""

    APPLICATION = "APPLICATION"


class ImageComputeType(WireEnum):
    """The ImageComputeType values the service knows."""

    BASE = "BASE"
    GRAPHICS_G4DN = "GRAPHICS_G4DN"
    GRAPHICS_G6 = "GRAPHICS_G6"
    GRAPHICS_G7 = "GRAPHICS_G7"


class ImageType(WireEnum):
    """The ImageType values the service knows."""

    OWNED = "OWNED"
    SHARED = "SHARED"


class ImageValidationMode(WireEnum):
    """The ImageValidationMode values the service knows."""

    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    SERVICE_MANAGED = "SERVICE_MANAGED"


class OSVersion(WireEnum):
    """The OSVersion values the service knows."""

    WINDOWS_10 = "Windows_10"
    WINDOWS_11 = "Windows_11"


class OperatingSystemType(WireEnum):
    """The OperatingSystemType values the service knows."""

    WINDOWS = "WINDOWS"
    LINUX = "LINUX"


class Platform(WireEnum):
    """The Platform values the service knows."""

    WINDOWS = "WINDOWS"


class WorkspaceImageErrorDetailCode(WireEnum):
    """The WorkspaceImageErrorDetailCode values the service knows."""

    OUTDATEDPOWERSHELLVERSION = "OutdatedPowershellVersion"
    OFFICEINSTALLED = "OfficeInstalled"
    PCOIPAGENTINSTALLED = "PCoIPAgentInstalled"
    WINDOWSUPDATESENABLED = "WindowsUpdatesEnabled"
    AUTOMOUNTDISABLED = "AutoMountDisabled"
    WORKSPACESBYOLACCOUNTNOTFOUND = "WorkspacesBYOLAccountNotFound"
    WORKSPACESBYOLACCOUNTDISABLED = "WorkspacesBYOLAccountDisabled"
    DHCPDISABLED = "DHCPDisabled"
    DISKFREESPACE = "DiskFreeSpace"
    ADDITIONALDRIVESATTACHED = "AdditionalDrivesAttached"
    OSNOTSUPPORTED = "OSNotSupported"
    DOMAINJOINED = "DomainJoined"
    AZUREDOMAINJOINED = "AzureDomainJoined"
    FIREWALLENABLED = "FirewallEnabled"
    VMWARETOOLSINSTALLED = "VMWareToolsInstalled"
    DISKSIZEEXCEEDED = "DiskSizeExceeded"
    INCOMPATIBLEPARTITIONING = "IncompatiblePartitioning"
    PENDINGREBOOT = "PendingReboot"
    AUTOLOGONENABLED = "AutoLogonEnabled"
    REALTIMEUNIVERSALDISABLED = "RealTimeUniversalDisabled"
    MULTIPLEBOOTPARTITION = "MultipleBootPartition"
    REQUIRES64BITOS = "Requires64BitOS"
    ZEROREARMCOUNT = "ZeroRearmCount"
    INPLACEUPGRADE = "InPlaceUpgrade"
    ANTIVIRUSINSTALLED = "AntiVirusInstalled"
    UEFINOTSUPPORTED = "UEFINotSupported"
    UNKNOWNERROR = "UnknownError"
    APPXPACKAGESINSTALLED = "AppXPackagesInstalled"
    RESERVEDSTORAGEINUSE = "ReservedStorageInUse"
    ADDITIONALDRIVESPRESENT = "AdditionalDrivesPresent"
    WINDOWSUPDATESREQUIRED = "WindowsUpdatesRequired"
    SYSPREPFILEMISSING = "SysPrepFileMissing"
    USERPROFILEMISSING = "UserProfileMissing"
    INSUFFICIENTDISKSPACE = "InsufficientDiskSpace"
    ENVIRONMENTVARIABLESPATHMISSINGENTRIES = "EnvironmentVariablesPathMissingEntries"
    DOMAINACCOUNTSERVICESFOUND = "DomainAccountServicesFound"
    INVALIDIP = "InvalidIp"
    REMOTEDESKTOPSERVICESDISABLED = "RemoteDesktopServicesDisabled"
    WINDOWSMODULESINSTALLERDISABLED = "WindowsModulesInstallerDisabled"
    AMAZONSSMAGENTENABLED = "AmazonSsmAgentEnabled"
    UNSUPPORTEDSECURITYPROTOCOL = "UnsupportedSecurityProtocol"
    MULTIPLEUSERPROFILES = "MultipleUserProfiles"
    STAGEDAPPXPACKAGE = "StagedAppxPackage"
    UNSUPPORTEDOSUPGRADE = "UnsupportedOsUpgrade"
    INSUFFICIENTREARMCOUNT = "InsufficientRearmCount"
    PROTOCOLOSINCOMPATIBILITY = "ProtocolOSIncompatibility"
    MEMORYINTEGRITYINCOMPATIBILITY = "MemoryIntegrityIncompatibility"
    RESTRICTEDDRIVELETTERINUSE = "RestrictedDriveLetterInUse"


class WorkspaceImageIngestionProcess(WireEnum):
    """The WorkspaceImageIngestionProcess values the service knows."""

    BYOL_REGULAR = "BYOL_REGULAR"
    BYOL_GRAPHICS = "BYOL_GRAPHICS"
    BYOL_GRAPHICSPRO = "BYOL_GRAPHICSPRO"
    BYOL_GRAPHICS_G4DN = "BYOL_GRAPHICS_G4DN"
    BYOL_REGULAR_WSP = "BYOL_REGULAR_WSP"
    BYOL_GRAPHICS_G4DN_WSP = "BYOL_GRAPHICS_G4DN_WSP"
    BYOL_REGULAR_BYOP = "BYOL_REGULAR_BYOP"
    BYOL_GRAPHICS_G4DN_BYOP = "BYOL_GRAPHICS_G4DN_BYOP"


class WorkspaceImageRequiredTenancy(WireEnum):
    """The WorkspaceImageRequiredTenancy values the service knows."""

    DEFAULT = "DEFAULT"
    DEDICATED = "DEDICATED"


class WorkspaceImageState(WireEnum):
    """The WorkspaceImageState values the service knows."""

    AVAILABLE = "AVAILABLE"
    PENDING = "PENDING"
    ERROR = "ERROR"


@shape
class CustomWorkspaceImageImportErrorDetails:
    """Describes in-depth details about the error."""

    error_code: str | None = member("ErrorCode", min=1, default=None)
    """The error code that is returned for the image import."""
    error_message: str | None = member("ErrorMessage", min=1, default=None)
    """The text of the error message that is returned for the image import."""


@shape
class ErrorDetails:
    """Describes in-depth details about the error."""

    error_code: WorkspaceImageErrorDetailCode | None = member("ErrorCode", default=None)
    """Indicates the error code returned."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message related the error code."""


@shape
class ImagePermission:
    """Describes the Amazon Web Services accounts that have been granted permission to use a
    shared image.
    """

    shared_account_id: str | None = member("SharedAccountId", default=None)
    """The identifier of the Amazon Web Services account that an image has been shared with.
    """


@shape
class ImageResourceAssociation:
    """Describes the association between an application and an image resource."""

    associated_resource_id: str | None = member("AssociatedResourceId", min=1, default=None)
    """The identifier of the associated resource."""
    associated_resource_type: ImageAssociatedResourceType | None = member(
        "AssociatedResourceType", default=None
    )
    """The resource type of the associated resources."""
    created: datetime | None = member("Created", default=None)
    """The time the association is created."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The time the association status was last updated."""
    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""
    state: AssociationState | None = member("State", default=None)
    """The status of the image resource association."""
    state_reason: AssociationStateReason | None = member("StateReason", default=None)
    """The reason the association deployment failed."""


@shape(union=True)
class ImageSourceIdentifier:
    """Describes the image import source."""

    ec2_import_task_id: str | None = member("Ec2ImportTaskId", min=19, default=None)
    """The EC2 import task ID to import the image from the Amazon EC2 VM import process."""
    image_build_version_arn: str | None = member("ImageBuildVersionArn", min=1, default=None)
    """The ARN of the EC2 Image Builder image."""
    ec2_image_id: str | None = member("Ec2ImageId", default=None)
    """The identifier of the EC2 image."""


@shape
class OperatingSystem:
    """The operating system that the image is running."""

    type: OperatingSystemType | None = member("Type", default=None)
    """The operating system."""


@shape
class UpdateResult:
    """Describes whether a WorkSpace image needs to be updated with the latest drivers and
    other components required by Amazon WorkSpaces.
    """

    update_available: bool | None = member("UpdateAvailable", default=None)
    """Indicates whether updated drivers or other components are available for the specified
    WorkSpace image.
    """
    description: str | None = member("Description", min=1, default=None)
    """A description of whether updates for the WorkSpace image are pending or available."""


@shape
class WorkspaceImage:
    """Describes a WorkSpace image."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the image."""
    description: str | None = member("Description", min=1, default=None)
    """The description of the image."""
    operating_system: OperatingSystem | None = member("OperatingSystem", default=None)
    """The operating system that the image is running."""
    state: WorkspaceImageState | None = member("State", default=None)
    """The status of the image."""
    required_tenancy: WorkspaceImageRequiredTenancy | None = member("RequiredTenancy", default=None)
    """Specifies whether the image is running on dedicated hardware."""
    error_code: str | None = member("ErrorCode", default=None)
    """The error code that is returned for the image."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message that is returned for the image."""
    created: datetime | None = member("Created", default=None)
    """The date when the image was created."""
    owner_account_id: str | None = member("OwnerAccountId", default=None)
    """The identifier of the Amazon Web Services account that owns the image."""
    updates: UpdateResult | None = member("Updates", default=None)
    """The updates (if any) that are available for the specified image."""
    error_details: list[ErrorDetails] | None = member("ErrorDetails", default=None)
    """Additional details of the error returned for the image, including the possible causes of
    the errors and troubleshooting information.
    """
