// SPDX-License-Identifier: GPL-3.0-or-later
// The data behind RegionCatalog::builtIn(), kept apart from the code so it can grow as providers
// open regions. Places name the metro area, so regions of different providers in the same area
// share one label character for character ("Virginia, US"); the grid lines places up by it.
#include "regioncatalog.h"

#include <cstddef>

namespace radar {

namespace {

struct RegionRecord
{
    const char *id;
    const char *name;
    const char *country;
    const char *place;
    const char *otherNames[4]; // unused slots stay null
};

// Names as the AWS console shows them; the short one is what the Health Dashboard's
// currentevents puts in region_name ("UAE", "Bahrain", "Melbourne"). "EU (...)" is the older
// long form still found in tools and docs.
constexpr RegionRecord awsRegions[] = {
    {"us-east-1", "N. Virginia", "US", "Virginia, US", {"US East (N. Virginia)", "Northern Virginia"}},
    {"us-east-2", "Ohio", "US", "Ohio, US", {"US East (Ohio)"}},
    {"us-west-1", "N. California", "US", "Northern California, US", {"US West (N. California)"}},
    {"us-west-2", "Oregon", "US", "Oregon, US", {"US West (Oregon)"}},
    {"af-south-1", "Cape Town", "ZA", "Cape Town, ZA", {"Africa (Cape Town)"}},
    {"ap-east-1", "Hong Kong", "HK", "Hong Kong, HK", {"Asia Pacific (Hong Kong)"}},
    {"ap-east-2", "Taipei", "TW", "Taipei, TW", {"Asia Pacific (Taipei)"}},
    {"ap-south-1", "Mumbai", "IN", "Mumbai, IN", {"Asia Pacific (Mumbai)"}},
    {"ap-south-2", "Hyderabad", "IN", "Hyderabad, IN", {"Asia Pacific (Hyderabad)"}},
    {"ap-southeast-1", "Singapore", "SG", "Singapore, SG", {"Asia Pacific (Singapore)"}},
    {"ap-southeast-2", "Sydney", "AU", "Sydney, AU", {"Asia Pacific (Sydney)"}},
    {"ap-southeast-3", "Jakarta", "ID", "Jakarta, ID", {"Asia Pacific (Jakarta)"}},
    {"ap-southeast-4", "Melbourne", "AU", "Melbourne, AU", {"Asia Pacific (Melbourne)"}},
    {"ap-southeast-5", "Malaysia", "MY", "Kuala Lumpur, MY", {"Asia Pacific (Malaysia)"}},
    {"ap-southeast-6", "New Zealand", "NZ", "Auckland, NZ", {"Asia Pacific (New Zealand)"}},
    {"ap-southeast-7", "Thailand", "TH", "Bangkok, TH", {"Asia Pacific (Thailand)"}},
    {"ap-northeast-1", "Tokyo", "JP", "Tokyo, JP", {"Asia Pacific (Tokyo)"}},
    {"ap-northeast-2", "Seoul", "KR", "Seoul, KR", {"Asia Pacific (Seoul)"}},
    {"ap-northeast-3", "Osaka", "JP", "Osaka, JP", {"Asia Pacific (Osaka)", "Asia Pacific (Osaka-Local)"}},
    {"ca-central-1", "Canada (Central)", "CA", "Montreal, CA", {"Montreal"}},
    {"ca-west-1", "Calgary", "CA", "Calgary, CA", {"Canada West (Calgary)", "Canada (Calgary)"}},
    {"eu-central-1", "Frankfurt", "DE", "Frankfurt, DE", {"Europe (Frankfurt)", "EU (Frankfurt)"}},
    {"eu-central-2", "Zurich", "CH", "Zurich, CH", {"Europe (Zurich)"}},
    {"eu-west-1", "Ireland", "IE", "Dublin, IE", {"Europe (Ireland)", "EU (Ireland)"}},
    {"eu-west-2", "London", "GB", "London, GB", {"Europe (London)", "EU (London)"}},
    {"eu-west-3", "Paris", "FR", "Paris, FR", {"Europe (Paris)", "EU (Paris)"}},
    {"eu-south-1", "Milan", "IT", "Milan, IT", {"Europe (Milan)", "EU (Milan)"}},
    {"eu-south-2", "Spain", "ES", "Aragon, ES", {"Europe (Spain)"}},
    {"eu-north-1", "Stockholm", "SE", "Stockholm, SE", {"Europe (Stockholm)", "EU (Stockholm)"}},
    {"il-central-1", "Tel Aviv", "IL", "Tel Aviv, IL", {"Israel (Tel Aviv)"}},
    {"me-south-1", "Bahrain", "BH", "Bahrain, BH", {"Middle East (Bahrain)"}},
    {"me-central-1", "UAE", "AE", "UAE, AE", {"Middle East (UAE)"}},
    {"mx-central-1", "Mexico (Central)", "MX", "Querétaro, MX", {"Mexico"}},
    {"sa-east-1", "São Paulo", "BR", "São Paulo, BR", {"South America (São Paulo)"}},
    // AWS does not publish where GovCloud is; these are the commonly reported states.
    {"us-gov-east-1", "GovCloud (US-East)", "US", "Ohio, US", {"AWS GovCloud (US-East)"}},
    {"us-gov-west-1",
     "GovCloud (US-West)",
     "US",
     "Oregon, US",
     {"AWS GovCloud (US-West)", "AWS GovCloud (US)"}},
    {"cn-north-1", "Beijing", "CN", "Beijing, CN", {"China (Beijing)"}},
    {"cn-northwest-1", "Ningxia", "CN", "Ningxia, CN", {"China (Ningxia)"}},
    // currentevents has no region_name for these; their ARN says "global".
    {"global", "Global", "", "Global", {}},
};

// Names as in the titles of GCP's incidents.json locations ("Iowa (us-central1)").
constexpr RegionRecord gcpRegions[] = {
    {"us-central1", "Iowa", "US", "Iowa, US", {}},
    {"us-east1", "South Carolina", "US", "South Carolina, US", {}},
    {"us-east4", "Northern Virginia", "US", "Virginia, US", {}},
    {"us-east5", "Columbus", "US", "Ohio, US", {}},
    {"us-south1", "Dallas", "US", "Dallas, US", {}},
    {"us-west1", "Oregon", "US", "Oregon, US", {}},
    {"us-west2", "Los Angeles", "US", "Los Angeles, US", {}},
    {"us-west3", "Salt Lake City", "US", "Salt Lake City, US", {}},
    {"us-west4", "Las Vegas", "US", "Las Vegas, US", {}},
    {"northamerica-northeast1", "Montréal", "CA", "Montreal, CA", {}},
    {"northamerica-northeast2", "Toronto", "CA", "Toronto, CA", {}},
    {"northamerica-south1", "Querétaro", "MX", "Querétaro, MX", {"Mexico"}},
    {"southamerica-east1", "São Paulo", "BR", "São Paulo, BR", {}},
    {"southamerica-west1", "Santiago", "CL", "Santiago, CL", {}},
    {"europe-west1", "Belgium", "BE", "St. Ghislain, BE", {}},
    {"europe-west2", "London", "GB", "London, GB", {}},
    {"europe-west3", "Frankfurt", "DE", "Frankfurt, DE", {}},
    {"europe-west4", "Netherlands", "NL", "Eemshaven, NL", {}},
    {"europe-west6", "Zurich", "CH", "Zurich, CH", {"Zürich"}},
    {"europe-west8", "Milan", "IT", "Milan, IT", {}},
    {"europe-west9", "Paris", "FR", "Paris, FR", {}},
    {"europe-west10", "Berlin", "DE", "Berlin, DE", {}},
    {"europe-west12", "Turin", "IT", "Turin, IT", {}},
    {"europe-central2", "Warsaw", "PL", "Warsaw, PL", {}},
    {"europe-north1", "Finland", "FI", "Hamina, FI", {}},
    {"europe-north2", "Stockholm", "SE", "Stockholm, SE", {}},
    {"europe-southwest1", "Madrid", "ES", "Madrid, ES", {}},
    {"me-west1", "Tel Aviv", "IL", "Tel Aviv, IL", {}},
    {"me-central1", "Doha", "QA", "Doha, QA", {}},
    {"me-central2", "Dammam", "SA", "Dammam, SA", {}},
    {"africa-south1", "Johannesburg", "ZA", "Johannesburg, ZA", {}},
    {"asia-east1", "Taiwan", "TW", "Changhua, TW", {}},
    {"asia-east2", "Hong Kong", "HK", "Hong Kong, HK", {}},
    {"asia-northeast1", "Tokyo", "JP", "Tokyo, JP", {}},
    {"asia-northeast2", "Osaka", "JP", "Osaka, JP", {}},
    {"asia-northeast3", "Seoul", "KR", "Seoul, KR", {}},
    {"asia-south1", "Mumbai", "IN", "Mumbai, IN", {}},
    {"asia-south2", "Delhi", "IN", "Delhi, IN", {}},
    {"asia-southeast1", "Singapore", "SG", "Singapore, SG", {}},
    {"asia-southeast2", "Jakarta", "ID", "Jakarta, ID", {}},
    {"australia-southeast1", "Sydney", "AU", "Sydney, AU", {}},
    {"australia-southeast2", "Melbourne", "AU", "Melbourne, AU", {}},
    {"global", "Global", "", "Global", {}},
};

// Names as in the <category> elements of the Azure status RSS, which also carry service names;
// "Public Non-Regional" is how it marks incidents that are not tied to a region.
constexpr RegionRecord azureRegions[] = {
    {"eastus", "East US", "US", "Virginia, US", {}},
    {"eastus2", "East US 2", "US", "Virginia, US", {}},
    {"westus", "West US", "US", "Northern California, US", {}},
    {"westus2", "West US 2", "US", "Washington, US", {}},
    {"westus3", "West US 3", "US", "Arizona, US", {}},
    {"centralus", "Central US", "US", "Iowa, US", {}},
    {"northcentralus", "North Central US", "US", "Illinois, US", {}},
    {"southcentralus", "South Central US", "US", "San Antonio, US", {}},
    {"westcentralus", "West Central US", "US", "Wyoming, US", {}},
    {"canadacentral", "Canada Central", "CA", "Toronto, CA", {}},
    {"canadaeast", "Canada East", "CA", "Quebec City, CA", {}},
    {"mexicocentral", "Mexico Central", "MX", "Querétaro, MX", {}},
    {"brazilsouth", "Brazil South", "BR", "São Paulo, BR", {}},
    {"brazilsoutheast", "Brazil Southeast", "BR", "Rio de Janeiro, BR", {}},
    {"chilecentral", "Chile Central", "CL", "Santiago, CL", {}},
    {"northeurope", "North Europe", "IE", "Dublin, IE", {}},
    {"westeurope", "West Europe", "NL", "Amsterdam, NL", {}},
    {"uksouth", "UK South", "GB", "London, GB", {}},
    {"ukwest", "UK West", "GB", "Cardiff, GB", {}},
    {"francecentral", "France Central", "FR", "Paris, FR", {}},
    {"francesouth", "France South", "FR", "Marseille, FR", {}},
    {"germanywestcentral", "Germany West Central", "DE", "Frankfurt, DE", {}},
    {"germanynorth", "Germany North", "DE", "Berlin, DE", {}},
    {"switzerlandnorth", "Switzerland North", "CH", "Zurich, CH", {}},
    {"switzerlandwest", "Switzerland West", "CH", "Geneva, CH", {}},
    {"norwayeast", "Norway East", "NO", "Oslo, NO", {}},
    {"norwaywest", "Norway West", "NO", "Stavanger, NO", {}},
    {"swedencentral", "Sweden Central", "SE", "Gävle, SE", {}},
    {"swedensouth", "Sweden South", "SE", "Malmö, SE", {}},
    {"polandcentral", "Poland Central", "PL", "Warsaw, PL", {}},
    {"italynorth", "Italy North", "IT", "Milan, IT", {}},
    {"spaincentral", "Spain Central", "ES", "Madrid, ES", {}},
    {"eastasia", "East Asia", "HK", "Hong Kong, HK", {}},
    {"southeastasia", "Southeast Asia", "SG", "Singapore, SG", {}},
    {"japaneast", "Japan East", "JP", "Tokyo, JP", {}},
    {"japanwest", "Japan West", "JP", "Osaka, JP", {}},
    {"koreacentral", "Korea Central", "KR", "Seoul, KR", {}},
    {"koreasouth", "Korea South", "KR", "Busan, KR", {}},
    {"centralindia", "Central India", "IN", "Pune, IN", {}},
    {"southindia", "South India", "IN", "Chennai, IN", {}},
    {"westindia", "West India", "IN", "Mumbai, IN", {}},
    {"australiaeast", "Australia East", "AU", "Sydney, AU", {}},
    {"australiasoutheast", "Australia Southeast", "AU", "Melbourne, AU", {}},
    {"australiacentral", "Australia Central", "AU", "Canberra, AU", {}},
    {"australiacentral2", "Australia Central 2", "AU", "Canberra, AU", {}},
    {"newzealandnorth", "New Zealand North", "NZ", "Auckland, NZ", {}},
    {"indonesiacentral", "Indonesia Central", "ID", "Jakarta, ID", {}},
    {"malaysiawest", "Malaysia West", "MY", "Kuala Lumpur, MY", {}},
    {"uaenorth", "UAE North", "AE", "Dubai, AE", {}},
    {"uaecentral", "UAE Central", "AE", "Abu Dhabi, AE", {}},
    {"qatarcentral", "Qatar Central", "QA", "Doha, QA", {}},
    {"israelcentral", "Israel Central", "IL", "Tel Aviv, IL", {}},
    {"southafricanorth", "South Africa North", "ZA", "Johannesburg, ZA", {}},
    {"southafricawest", "South Africa West", "ZA", "Cape Town, ZA", {}},
    {"global", "Global", "", "Global", {"Public Non-Regional", "Non-Regional"}},
};

template<std::size_t Size>
void appendRegions(QList<RegionInfo> &regions, const char *provider, const RegionRecord (&records)[Size])
{
    for (const RegionRecord &record : records) {
        RegionInfo region;
        region.provider = QString::fromLatin1(provider);
        region.id = QString::fromLatin1(record.id);
        region.name = QString::fromUtf8(record.name);
        region.country = QString::fromLatin1(record.country);
        region.place = QString::fromUtf8(record.place);
        for (const char *otherName : record.otherNames) {
            if (otherName)
                region.otherNames.append(QString::fromUtf8(otherName));
        }
        regions.append(region);
    }
}

} // namespace

QList<RegionInfo> RegionCatalog::builtInRegions()
{
    QList<RegionInfo> regions;
    appendRegions(regions, "aws", awsRegions);
    appendRegions(regions, "gcp", gcpRegions);
    appendRegions(regions, "azure", azureRegions);
    return regions;
}

} // namespace radar
