"""Images: create, copy, import, share and describe WorkSpace images."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._shape import NO_METADATA, ResponseMetadata, WireEnum, member, metadata_member, shape
from .common import AssociationState, AssociationStateReason, Tag

__all__ = [
    "Application",
    "CopyWorkspaceImageRequest",
    "CopyWorkspaceImageResult",
    "CreateUpdatedWorkspaceImageRequest",
    "CreateUpdatedWorkspaceImageResult",
    "CreateWorkspaceImageRequest",
    "CreateWorkspaceImageResult",
    "CustomImageProtocol",
    "CustomWorkspaceImageImportErrorDetails",
    "CustomWorkspaceImageImportState",
    "DeleteWorkspaceImageRequest",
    "DeleteWorkspaceImageResult",
    "DescribeCustomWorkspaceImageImportRequest",
    "DescribeCustomWorkspaceImageImportResult",
    "DescribeImageAssociationsRequest",
    "DescribeImageAssociationsResult",
    "DescribeWorkspaceImagePermissionsRequest",
    "DescribeWorkspaceImagePermissionsResult",
    "DescribeWorkspaceImagesRequest",
    "DescribeWorkspaceImagesResult",
    "ErrorDetails",
    "ImageAssociatedResourceType",
    "ImageComputeType",
    "ImagePermission",
    "ImageResourceAssociation",
    "ImageSourceIdentifier",
    "ImageType",
    "ImageValidationMode",
    "ImportCustomWorkspaceImageRequest",
    "ImportCustomWorkspaceImageResult",
    "ImportWorkspaceImageRequest",
    "ImportWorkspaceImageResult",
    "OSVersion",
    "OperatingSystem",
    "OperatingSystemType",
    "Platform",
    "UpdateResult",
    "UpdateWorkspaceImagePermissionRequest",
    "UpdateWorkspaceImagePermissionResult",
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
class CopyWorkspaceImageRequest:
    """The arguments of `copy_workspace_image`."""

    name: str = member("Name", min=1)
    """The name of the image."""
    description: str | None = member("Description", min=1, default=None)
    """A description of the image."""
    source_image_id: str = member("SourceImageId")
    """The identifier of the source image."""
    source_region: str = member("SourceRegion", min=1)
    """The identifier of the source Region."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags for the image."""


@shape
class CopyWorkspaceImageResult:
    """What `copy_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class CreateUpdatedWorkspaceImageRequest:
    """The arguments of `create_updated_workspace_image`."""

    name: str = member("Name", min=1)
    """The name of the new updated WorkSpace image."""
    description: str = member("Description", min=1)
    """A description of whether updates for the WorkSpace image are available."""
    source_image_id: str = member("SourceImageId")
    """The identifier of the source WorkSpace image."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags that you want to add to the new updated WorkSpace image."""


@shape
class CreateUpdatedWorkspaceImageResult:
    """What `create_updated_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the new updated WorkSpace image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class CreateWorkspaceImageRequest:
    """The arguments of `create_workspace_image`."""

    name: str = member("Name", min=1)
    """The name of the new WorkSpace image."""
    description: str = member("Description", min=1)
    """The description of the new WorkSpace image."""
    workspace_id: str = member("WorkspaceId")
    """The identifier of the source WorkSpace"""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags that you want to add to the new WorkSpace image."""


@shape
class OperatingSystem:
    """The operating system that the image is running."""

    type: OperatingSystemType | None = member("Type", default=None)
    """The operating system."""


@shape
class CreateWorkspaceImageResult:
    """What `create_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the new WorkSpace image."""
    name: str | None = member("Name", min=1, default=None)
    """The name of the image."""
    description: str | None = member("Description", min=1, default=None)
    """The description of the image."""
    operating_system: OperatingSystem | None = member("OperatingSystem", default=None)
    """The operating system that the image is running."""
    state: WorkspaceImageState | None = member("State", default=None)
    """The availability status of the image."""
    required_tenancy: WorkspaceImageRequiredTenancy | None = member("RequiredTenancy", default=None)
    """Specifies whether the image is running on dedicated hardware."""
    created: datetime | None = member("Created", default=None)
    """The date when the image was created."""
    owner_account_id: str | None = member("OwnerAccountId", default=None)
    """The identifier of the Amazon Web Services account that owns the image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class CustomWorkspaceImageImportErrorDetails:
    """Describes in-depth details about the error."""

    error_code: str | None = member("ErrorCode", min=1, default=None)
    """The error code that is returned for the image import."""
    error_message: str | None = member("ErrorMessage", min=1, default=None)
    """The text of the error message that is returned for the image import."""


@shape
class DeleteWorkspaceImageRequest:
    """The arguments of `delete_workspace_image`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""


@shape
class DeleteWorkspaceImageResult:
    """What `delete_workspace_image` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeCustomWorkspaceImageImportRequest:
    """The arguments of `describe_custom_workspace_image_import`."""

    image_id: str = member("ImageId")
    """The identifier of the WorkSpace image."""


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
class DescribeCustomWorkspaceImageImportResult:
    """What `describe_custom_workspace_image_import` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the WorkSpace image."""
    infrastructure_configuration_arn: str | None = member(
        "InfrastructureConfigurationArn", min=1, default=None
    )
    """The infrastructure configuration ARN that specifies how the WorkSpace image is built.
    """
    state: CustomWorkspaceImageImportState | None = member("State", default=None)
    """The state of the WorkSpace image."""
    state_message: str | None = member("StateMessage", min=1, default=None)
    """The state message of the WorkSpace image import workflow."""
    progress_percentage: int | None = member("ProgressPercentage", min=0, default=None)
    """The estimated progress percentage of the WorkSpace image import workflow."""
    created: datetime | None = member("Created", default=None)
    """The timestamp when the WorkSpace image import was created."""
    last_updated_time: datetime | None = member("LastUpdatedTime", default=None)
    """The timestamp when the WorkSpace image import was last updated."""
    image_source: ImageSourceIdentifier | None = member("ImageSource", default=None)
    """Describes the image import source."""
    image_builder_instance_id: str | None = member("ImageBuilderInstanceId", min=1, default=None)
    """The image builder instance ID of the WorkSpace image."""
    error_details: list[CustomWorkspaceImageImportErrorDetails] | None = member(
        "ErrorDetails", default=None
    )
    """Describes in-depth details about the error."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeImageAssociationsRequest:
    """The arguments of `describe_image_associations`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""
    associated_resource_types: Sequence[ImageAssociatedResourceType] = member(
        "AssociatedResourceTypes"
    )
    """The resource types of the associated resource."""


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


@shape
class DescribeImageAssociationsResult:
    """What `describe_image_associations` returns."""

    associations: list[ImageResourceAssociation] | None = member("Associations", default=None)
    """List of information about the specified associations."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeWorkspaceImagePermissionsRequest:
    """The arguments of `describe_workspace_image_permissions`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class ImagePermission:
    """Describes the Amazon Web Services accounts that have been granted permission to use a
    shared image.
    """

    shared_account_id: str | None = member("SharedAccountId", default=None)
    """The identifier of the Amazon Web Services account that an image has been shared with.
    """


@shape
class DescribeWorkspaceImagePermissionsResult:
    """What `describe_workspace_image_permissions` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the image."""
    image_permissions: list[ImagePermission] | None = member("ImagePermissions", default=None)
    """The identifiers of the Amazon Web Services accounts that the image has been shared with.
    """
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class DescribeWorkspaceImagesRequest:
    """The arguments of `describe_workspace_images`."""

    image_ids: Sequence[str] | None = member("ImageIds", min=1, default=None)
    """The identifier of the image."""
    image_type: ImageType | None = member("ImageType", default=None)
    """The type (owned or shared) of the image."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    max_results: int | None = member("MaxResults", min=1, default=None)
    """The maximum number of items to return."""


@shape
class ErrorDetails:
    """Describes in-depth details about the error."""

    error_code: WorkspaceImageErrorDetailCode | None = member("ErrorCode", default=None)
    """Indicates the error code returned."""
    error_message: str | None = member("ErrorMessage", default=None)
    """The text of the error message related the error code."""


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


@shape
class DescribeWorkspaceImagesResult:
    """What `describe_workspace_images` returns."""

    images: list[WorkspaceImage] | None = member("Images", default=None)
    """Information about the images."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class ImportCustomWorkspaceImageRequest:
    """The arguments of `import_custom_workspace_image`."""

    image_name: str = member("ImageName", min=1)
    """The name of the WorkSpace image."""
    image_description: str = member("ImageDescription", min=1)
    """The description of the WorkSpace image."""
    compute_type: ImageComputeType = member("ComputeType")
    """The supported compute type for the WorkSpace image."""
    protocol: CustomImageProtocol = member("Protocol")
    """The supported protocol for the WorkSpace image."""
    image_source: ImageSourceIdentifier = member("ImageSource")
    """The options for image import source."""
    infrastructure_configuration_arn: str = member("InfrastructureConfigurationArn", min=1)
    """The infrastructure configuration ARN that specifies how the WorkSpace image is built.
    """
    platform: Platform = member("Platform")
    """The platform for the WorkSpace image source."""
    os_version: OSVersion = member("OsVersion")
    """The OS version for the WorkSpace image source."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The resource tags."""
    image_validation_mode: ImageValidationMode | None = member("ImageValidationMode", default=None)
    """The image validation mode for the WorkSpace image import."""


@shape
class ImportCustomWorkspaceImageResult:
    """What `import_custom_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the WorkSpace image."""
    state: CustomWorkspaceImageImportState | None = member("State", default=None)
    """The state of the WorkSpace image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class ImportWorkspaceImageRequest:
    """The arguments of `import_workspace_image`."""

    ec2_image_id: str = member("Ec2ImageId")
    """The identifier of the EC2 image."""
    ingestion_process: WorkspaceImageIngestionProcess = member("IngestionProcess")
    """The ingestion process to be used when importing the image, depending on which protocol
    you want to use for your BYOL Workspace image, either PCoIP, WSP, or bring your own
    protocol (BYOP).
    """
    image_name: str = member("ImageName", min=1)
    """The name of the WorkSpace image."""
    image_description: str = member("ImageDescription", min=1)
    """The description of the WorkSpace image."""
    tags: Sequence[Tag] | None = member("Tags", default=None)
    """The tags."""
    applications: Sequence[Application] | None = member("Applications", min=1, default=None)
    """If specified, the version of Microsoft Office to subscribe to."""


@shape
class ImportWorkspaceImageResult:
    """What `import_workspace_image` returns."""

    image_id: str | None = member("ImageId", default=None)
    """The identifier of the WorkSpace image."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""


@shape
class UpdateWorkspaceImagePermissionRequest:
    """The arguments of `update_workspace_image_permission`."""

    image_id: str = member("ImageId")
    """The identifier of the image."""
    allow_copy_image: bool = member("AllowCopyImage")
    """The permission to copy the image."""
    shared_account_id: str = member("SharedAccountId")
    """The identifier of the Amazon Web Services account to share or unshare the image with.
    """


@shape
class UpdateWorkspaceImagePermissionResult:
    """What `update_workspace_image_permission` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
